/**
 * How old an action made offline may be when it reaches the server, and how long the server keeps
 * the keys it deduplicates on (TindakanLuring). A key can be forgotten only once every copy of its
 * action is refused by its age; otherwise a copy that arrives after the sweep would be applied twice.
 *
 * The phone stamps `dibuatDi` with its own clock. A copy carries the stamp of when the action was
 * made, which is no later than the key's first claim (createdAt, server time) plus the phone's clock
 * error; an error above JAM_MELESET_MAKS_MS is refused. So a copy arriving after its key was swept
 * (claimed more than SIMPAN_KUNCI_LURING_HARI days ago) carries a stamp older than UMUR_TINDAKAN_LURING_HARI
 * days and is refused, as long as the keep is at least the age limit plus that error (plus a day).
 */
export const UMUR_TINDAKAN_LURING_HARI = 14;
/** A phone's clock ahead of the server by more than this is refused (a wrong date, not a drift). */
export const JAM_MELESET_MAKS_MS = 24 * 60 * 60 * 1000;
export const SIMPAN_KUNCI_LURING_HARI = UMUR_TINDAKAN_LURING_HARI + 2;

const HARI_MS = 24 * 60 * 60 * 1000;

export const PESAN_TINDAKAN_KEDALUWARSA = `Tindakan ini dibuat lebih dari ${UMUR_TINDAKAN_LURING_HARI} hari lalu saat luring dan tidak dikirim lagi; buka suratnya dan ulangi bila masih perlu.`;
export const PESAN_JAM_PERANGKAT = 'Tanggal dan jam perangkat ini tidak sesuai (tindakan tercatat dibuat pada waktu yang belum tiba); setel tanggal dan jam otomatis, lalu ulangi dari suratnya.';

/** Why an action made at `dibuatDi` (the phone's clock) is no longer sent, or null when it may be. */
export function tolakUmurTindakan(dibuatDi: Date, now: Date): string | null {
  const umur = now.getTime() - dibuatDi.getTime();
  if (Number.isNaN(umur)) return PESAN_JAM_PERANGKAT;
  if (umur < -JAM_MELESET_MAKS_MS) return PESAN_JAM_PERANGKAT;
  if (umur > UMUR_TINDAKAN_LURING_HARI * HARI_MS) return PESAN_TINDAKAN_KEDALUWARSA;
  return null;
}

/** Keys claimed before this may be forgotten. */
export function batasSimpanKunci(now: Date): Date {
  return new Date(now.getTime() - SIMPAN_KUNCI_LURING_HARI * HARI_MS);
}
