// Dates as Indonesian offices write them, in WIB unless the instansi says otherwise.
const TANGGAL = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' });
const TANGGAL_JAM = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Jakarta',
});

/** "23 November 2026" */
export function formatTanggal(d: Date): string {
  return TANGGAL.format(d);
}

/** "23 Nov 2026 11.05" */
export function formatTanggalJam(d: Date): string {
  return TANGGAL_JAM.format(d);
}
