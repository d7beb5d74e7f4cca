// How an internal tujuan or tembusan is written on a letter and in its read view. A post of another
// OPD carries its OPD's name: "Sekretaris" alone, in a Diskominfo letter, means Diskominfo's own.

export interface JabatanPenerima {
  nama: string;
  opdId: string;
  opd: { nama: string };
}

/** "Sekretaris" (same OPD), "Sekretaris Badan Perencanaan Pembangunan Daerah" (another OPD). */
export function namaJabatanPenerima(jabatan: JabatanPenerima, naskahOpdId: string): string {
  const nama = jabatan.nama.trim();
  if (jabatan.opdId === naskahOpdId) return nama;
  // "Kepala Badan Perencanaan Pembangunan Daerah" already says which OPD.
  if (nama.toLocaleLowerCase('id-ID').includes(jabatan.opd.nama.trim().toLocaleLowerCase('id-ID'))) return nama;
  return `${nama} ${jabatan.opd.nama.trim()}`;
}

/** How a post is offered as tujuan or tembusan in the konsep editor: "Sekretaris (DISKOMINFO)". */
export function labelPilihanPenerima(nama: string, opdSingkatan: string): string {
  return `${nama} (${opdSingkatan})`;
}
