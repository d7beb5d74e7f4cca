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

/** Renew when the proof ends within the horizon, unless it was renewed recently (the TSA may not have a newer certificate yet). */
export function perluDiperbarui(r: { buktiBerlakuSampai: Date | null; buktiDiperbaruiPada: Date | null }, now: Date, horizonDays: number, jedaDays = 30): boolean {
  if (!r.buktiBerlakuSampai) return false;
  const day = 86_400_000;
  if (r.buktiDiperbaruiPada && now.getTime() - r.buktiDiperbaruiPada.getTime() < jedaDays * day) return false;
  return r.buktiBerlakuSampai.getTime() - now.getTime() < horizonDays * day;
}
