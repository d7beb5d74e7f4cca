// The "Atasan" choices of "Tambah jabatan". A post without an atasan becomes the pimpinan OPD, and
// an OPD has one: the form used to preselect "(pimpinan OPD)", which was then always refused once
// the OPD had its pimpinan. So an OPD with a pimpinan starts from that post (the usual atasan of a
// new Kepala Bidang or Sekretaris) and is not offered "no atasan"; only an OPD without one is.

export const TANPA_ATASAN_LABEL = '(menjadi pimpinan OPD)';

export function pilihanAtasan(jabatanAktif: { id: string; nama: string; parentId: string | null }[]): { options: { value: string; label: string }[]; defaultValue: string } {
  const pimpinan = jabatanAktif.find((j) => j.parentId === null);
  const options = jabatanAktif.map((j) => ({ value: j.id, label: j.nama }));
  if (!pimpinan) return { options: [{ value: '', label: TANPA_ATASAN_LABEL }, ...options], defaultValue: '' };
  return { options: [{ value: pimpinan.id, label: pimpinan.nama }, ...options.filter((o) => o.value !== pimpinan.id)], defaultValue: pimpinan.id };
}
