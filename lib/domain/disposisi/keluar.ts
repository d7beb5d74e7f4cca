// How the giver's list (/disposisi/keluar) names each recipient's state and sums up a row.
import { isOverdue, labelStatusDisposisi, type StatusDisposisi } from './status';

export interface PenerimaKeluar {
  status: StatusDisposisi;
  /** As JSON gives it (the statement's json_agg): an ISO string or null. */
  batasWaktu: string | null;
}

export interface DisposisiKeluarRingkas {
  ditarikAt: Date | null;
  penerima: readonly PenerimaKeluar[];
}

const batas = (p: PenerimaKeluar) => (p.batasWaktu ? new Date(p.batasWaktu) : null);

/** "dibaca", "terlambat (belum dibaca)", "ditarik": one recipient, as the letter's timeline words it. */
export function labelPenerimaKeluar(d: DisposisiKeluarRingkas, p: PenerimaKeluar, now: Date): string {
  return (d.ditarikAt ? 'ditarik' : labelStatusDisposisi(p.status, batas(p), now)).toLowerCase();
}

export function keluarTerlambat(d: DisposisiKeluarRingkas, now: Date): boolean {
  return !d.ditarikAt && d.penerima.some((p) => isOverdue(p.status, batas(p), now));
}

/** The row's badge, readable where a phone cuts the recipients' line: the state that needs the giver first. */
export function ringkasanKeluar(d: DisposisiKeluarRingkas, now: Date): string {
  if (d.ditarikAt) return 'Ditarik';
  if (keluarTerlambat(d, now)) return 'Terlambat';
  if (d.penerima.length === 1) return labelPenerimaKeluar(d, d.penerima[0]!, now).replace(/^./, (c) => c.toUpperCase());
  const belum = d.penerima.filter((p) => p.status === 'BELUM_DIBACA').length;
  if (belum > 0 || d.penerima.length === 0) return `${belum} dari ${d.penerima.length} belum dibaca`;
  return d.penerima.every((p) => p.status === 'DITINDAKLANJUTI' || p.status === 'SELESAI') ? 'Semua menindaklanjuti' : 'Semua sudah membaca';
}
