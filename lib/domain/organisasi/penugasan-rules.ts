// Rules for putting a person in a post. A post has at most one definitif holder at a time; a Plt.
// is named only while the post is vacant, a Plh. only while it has a holder (who is absent); two
// Plt. (or two Plh.) of one post never overlap; a person holds one definitif post at a time.
// Dates are calendar days yyyy-mm-dd, inclusive; selesai null = open-ended.
import type { JenisPenugasan, Penugasan } from '@/lib/domain/jabatan/acting';
import { formatHari } from '@/lib/domain/tanggal';

/**
 * An assignment whose first day is after `hari` has not started: nothing was done under it, so it is
 * cancelled (removed, batalkanPenugasan), never ended. The page offers that by this rule and the
 * service checks it under the post's lock with belumDimulaiSejak.
 */
export function belumDimulai(p: Pick<Penugasan, 'mulai'>, hari: string): boolean {
  return p.mulai > hari;
}

/** belumDimulai as a condition on the stored date column (a calendar day at 00:00 UTC). */
export function belumDimulaiSejak(hari: string): { mulai: { gt: Date } } {
  return { mulai: { gt: new Date(`${hari}T00:00:00Z`) } };
}

export type PenugasanCheck = { ok: true } | { ok: false; field: 'mulai' | 'selesai' | 'alasan' | 'jabatanId' | 'pegawaiId'; message: string };

export function rangesOverlap(a: Pick<Penugasan, 'mulai' | 'selesai'>, b: Pick<Penugasan, 'mulai' | 'selesai'>): boolean {
  return (a.selesai === null || b.mulai <= a.selesai) && (b.selesai === null || a.mulai <= b.selesai);
}

/** Does `range` lie entirely inside the union of `covers`? */
function coveredBy(range: Pick<Penugasan, 'mulai' | 'selesai'>, covers: readonly Pick<Penugasan, 'mulai' | 'selesai'>[]): boolean {
  const sorted = [...covers].sort((a, b) => a.mulai.localeCompare(b.mulai));
  let day = range.mulai;
  for (const c of sorted) {
    if (c.mulai > day) return false;
    if (c.selesai === null) return true;
    if (c.selesai >= day) day = nextDay(c.selesai);
    if (range.selesai !== null && day > range.selesai) return true;
  }
  return false;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const LABEL: Record<JenisPenugasan, string> = { DEFINITIF: 'definitif', PLT: 'Plt.', PLH: 'Plh.' };

export interface PenugasanCandidate extends Penugasan {
  alasan: string | null;
}

/** Checks a new assignment against every existing assignment of the same post and the same person. */
export function checkPenugasan(existing: readonly Penugasan[], c: PenugasanCandidate): PenugasanCheck {
  if (c.selesai !== null && c.selesai < c.mulai) return { ok: false, field: 'selesai', message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' };
  if (c.jenis !== 'DEFINITIF') {
    if (c.selesai === null) return { ok: false, field: 'selesai', message: `${LABEL[c.jenis]} harus mempunyai tanggal selesai.` };
    if (!c.alasan?.trim()) return { ok: false, field: 'alasan', message: `Alasan penunjukan ${LABEL[c.jenis]} wajib diisi.` };
  }
  const samePost = existing.filter((p) => p.jabatanId === c.jabatanId);
  const definitifPost = samePost.filter((p) => p.jenis === 'DEFINITIF');

  const clash = samePost.find((p) => p.jenis === c.jenis && rangesOverlap(p, c));
  if (clash) {
    return { ok: false, field: 'mulai', message: `Jabatan ini sudah mempunyai ${LABEL[c.jenis]} pada ${formatHari(clash.mulai)} s.d. ${clash.selesai ? formatHari(clash.selesai) : 'seterusnya'}; rentang tanggal tidak boleh bertumpuk.` };
  }
  if (c.jenis === 'PLT' && definitifPost.some((p) => rangesOverlap(p, c))) {
    return { ok: false, field: 'jabatanId', message: 'Plt. hanya untuk jabatan yang kosong; jabatan ini mempunyai pejabat definitif pada rentang tersebut (gunakan Plh.).' };
  }
  if (c.jenis === 'PLH' && !coveredBy(c, definitifPost)) {
    return { ok: false, field: 'jabatanId', message: 'Plh. hanya untuk jabatan yang ada pejabat definitifnya; jabatan ini kosong pada rentang tersebut (gunakan Plt.).' };
  }
  if (c.jenis === 'DEFINITIF' && samePost.some((p) => p.jenis === 'PLT' && rangesOverlap(p, c))) {
    return { ok: false, field: 'mulai', message: 'Jabatan ini sedang diisi Plt. pada rentang tersebut; akhiri dulu penugasan Plt.' };
  }
  const ownDefinitif = existing.find((p) => p.pegawaiId === c.pegawaiId && p.jenis === 'DEFINITIF' && c.jenis === 'DEFINITIF' && rangesOverlap(p, c));
  if (ownDefinitif) {
    return { ok: false, field: 'pegawaiId', message: 'Pegawai ini sudah mempunyai jabatan definitif pada rentang tersebut; akhiri dulu jabatan lamanya.' };
  }
  if (existing.some((p) => p.pegawaiId === c.pegawaiId && p.jabatanId === c.jabatanId && rangesOverlap(p, c))) {
    return { ok: false, field: 'pegawaiId', message: 'Pegawai ini sudah ditugaskan pada jabatan yang sama dalam rentang tersebut.' };
  }
  return { ok: true };
}
