// The state a recipient of a disposisi is in, as the giver sees it. "Terlambat" is derived: an
// open disposisi past its deadline.
import { STATUS_DISPOSISI_LABEL } from './labels';

export type StatusDisposisi = 'BELUM_DIBACA' | 'DIBACA' | 'DITINDAKLANJUTI' | 'SELESAI' | 'DITARIK';
export type StatusTampil = StatusDisposisi | 'TERLAMBAT';

export function isOverdue(status: StatusDisposisi, batasWaktu: Date | null, now: Date): boolean {
  return batasWaktu !== null && batasWaktu < now && status !== 'SELESAI' && status !== 'DITARIK';
}

export function statusTampil(status: StatusDisposisi, batasWaktu: Date | null, now: Date): StatusTampil {
  return isOverdue(status, batasWaktu, now) ? 'TERLAMBAT' : status;
}

// How far an overdue recipient got, after "Terlambat".
const PROGRES_TERLAMBAT: Record<'BELUM_DIBACA' | 'DIBACA' | 'DITINDAKLANJUTI', string> = {
  BELUM_DIBACA: 'belum dibaca',
  DIBACA: 'sudah dibaca',
  DITINDAKLANJUTI: 'sudah ditindaklanjuti',
};

/**
 * The one label of a recipient's state, wherever it is shown (timeline, overdue list): "Terlambat
 * (sudah ditindaklanjuti)" past the deadline and not done, otherwise the state itself.
 */
export function labelStatusDisposisi(status: StatusDisposisi, batasWaktu: Date | null, now: Date): string {
  if (isOverdue(status, batasWaktu, now)) return `${STATUS_DISPOSISI_LABEL.TERLAMBAT} (${PROGRES_TERLAMBAT[status as keyof typeof PROGRES_TERLAMBAT]})`;
  return STATUS_DISPOSISI_LABEL[status];
}

/** A disposisi can be withdrawn only while none of its recipients has opened it. */
export function canWithdraw(recipientStatuses: readonly StatusDisposisi[]): boolean {
  return recipientStatuses.length > 0 && recipientStatuses.every((s) => s === 'BELUM_DIBACA');
}

// Transitions a recipient can make; reading is automatic on opening.
const NEXT: Record<StatusDisposisi, readonly StatusDisposisi[]> = {
  BELUM_DIBACA: ['DIBACA', 'DITARIK'],
  DIBACA: ['DITINDAKLANJUTI', 'SELESAI'],
  DITINDAKLANJUTI: ['DITINDAKLANJUTI', 'SELESAI'],
  SELESAI: [],
  DITARIK: [],
};

export function canMove(from: StatusDisposisi, to: StatusDisposisi): boolean {
  return NEXT[from].includes(to);
}
