// Units as select choices (Induk, Unit kerja, Pindahkan): by name, as an admin looks for one in a
// long list (the tree's order, urutan then kode, reads as random there), each with its kode.

/** The empty first choice where a unit must be picked (Tambah jabatan). */
export const PILIH_UNIT_LABEL = 'Pilih unit kerja…';

export function pilihanUnit(units: readonly { id: string; nama: string; kode: string }[]): { value: string; label: string }[] {
  return [...units]
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id-ID', { sensitivity: 'base', numeric: true }) || a.kode.localeCompare(b.kode, 'id-ID', { numeric: true }))
    .map((u) => ({ value: u.id, label: `${u.nama} (${u.kode})` }));
}
