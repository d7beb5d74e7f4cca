// Until when a signed PDF's proof is current: the newest time-stamp (a document time-stamp, or the
// signature's own) stays verifiable while every certificate on its path is valid, so the proof
// lasts until the first of them expires. Renewal must add a new time-stamp before that day.

interface PathCert {
  notAfter: Date;
}
interface Entry {
  index: number;
  kind: 'SIGNATURE' | 'DOC_TIMESTAMP';
  path: PathCert[];
  timeStamp: { path: PathCert[] } | null;
}

export function buktiBerlakuSampai(report: { signatures: readonly Entry[] }): Date | null {
  const last = [...report.signatures].sort((a, b) => b.index - a.index)[0];
  if (!last) return null;
  const path = last.kind === 'DOC_TIMESTAMP' ? last.path : (last.timeStamp?.path.length ? last.timeStamp.path : last.path);
  if (!path.length) return null;
  return new Date(Math.min(...path.map((c) => new Date(c.notAfter).getTime())));
}

/**
 * Why a renewed file may not replace the record's file, or null: its newest entry must be a document
 * time-stamp that verifies and chains to a trusted root. A TSA whose root is not trusted (a wrong
 * BSRE_TSA_URL, a root missing from SIGNATURE_TRUSTED_ROOTS) would otherwise move the proof's date
 * forward on a time-stamp no verifier accepts.
 */
export function alasanStempelBaruDitolak(report: { signatures: readonly { index: number; kind: Entry['kind']; trusted: boolean; integrity: { valid: boolean } }[] }): string | null {
  const last = [...report.signatures].sort((a, b) => b.index - a.index)[0];
  if (!last || last.kind !== 'DOC_TIMESTAMP' || !last.integrity.valid) return 'stempel waktu dokumen yang baru tidak terbaca atau tidak utuh';
  if (!last.trusted) return 'stempel waktu dokumen yang baru tidak berantai ke akar tepercaya (periksa TSA dan SIGNATURE_TRUSTED_ROOTS)';
  return null;
}

/** Renew when the proof ends within the horizon, unless it was renewed recently (the TSA may not have a newer certificate yet). */
export function perluDiperbarui(r: { buktiBerlakuSampai: Date | null; buktiDiperbaruiPada: Date | null }, now: Date, horizonDays: number, jedaDays = 30): boolean {
  if (!r.buktiBerlakuSampai) return false;
  const day = 86_400_000;
  if (r.buktiDiperbaruiPada && now.getTime() - r.buktiDiperbaruiPada.getTime() < jedaDays * day) return false;
  return r.buktiBerlakuSampai.getTime() - now.getTime() < horizonDays * day;
}

const DAY_MS = 86_400_000;
/** The longest a failing record waits before the next attempt. */
export const JEDA_GAGAL_MAKS_HARI = 30;

/**
 * When the renewal job should look at a record again. After a look that worked: once its proof
 * comes within the horizon, and not before the pause after a renewal. After a failure: a day, then
 * doubling up to a month, so a record that keeps failing waits its turn behind the others.
 */
export function periksaLagiPada(
  r: { buktiBerlakuSampai: Date | null; buktiDiperbaruiPada: Date | null; gagalBeruntun: number },
  now: Date,
  horizonDays: number,
  jedaDays = 30,
): Date {
  if (r.gagalBeruntun > 0) return new Date(now.getTime() + Math.min(2 ** (r.gagalBeruntun - 1), JEDA_GAGAL_MAKS_HARI) * DAY_MS);
  const due = r.buktiBerlakuSampai ? r.buktiBerlakuSampai.getTime() - horizonDays * DAY_MS : now.getTime();
  const pause = r.buktiDiperbaruiPada ? r.buktiDiperbaruiPada.getTime() + jedaDays * DAY_MS : 0;
  return new Date(Math.max(due, pause, now.getTime()));
}
