// Who holds which post on a given day. A person has one definitif post and may act in others:
// Plt. (the post is vacant) or Plh. (the holder is absent), always for a date range.
// Dates are calendar days (yyyy-mm-dd), compared as strings, so time zones never shift a day.
import { dateFormatter } from '@/lib/domain/date-formatter';

export type JenisPenugasan = 'DEFINITIF' | 'PLT' | 'PLH';

export interface Penugasan {
  pegawaiId: string;
  jabatanId: string;
  jenis: JenisPenugasan;
  /** First day, inclusive, yyyy-mm-dd. */
  mulai: string;
  /** Last day, inclusive, yyyy-mm-dd; null = open-ended. */
  selesai: string | null;
}

export function isEffectiveOn(p: Pick<Penugasan, 'mulai' | 'selesai'>, day: string): boolean {
  return p.mulai <= day && (p.selesai === null || day <= p.selesai);
}

/** isEffectiveOn as a query filter on PenugasanJabatan, whose days are stored as UTC midnights. */
export function berlakuPadaFilter(day: string) {
  const hari = new Date(`${day}T00:00:00Z`);
  return { mulai: { lte: hari }, OR: [{ selesai: null }, { selesai: { gte: hari } }] };
}

const JENIS_ORDER: Record<JenisPenugasan, number> = { DEFINITIF: 0, PLT: 1, PLH: 2 };

/** Posts a person may act as on `day`: definitif first, then Plt., then Plh. */
export function effectivePostsOf(penugasan: readonly Penugasan[], pegawaiId: string, day: string): Penugasan[] {
  return penugasan
    .filter((p) => p.pegawaiId === pegawaiId && isEffectiveOn(p, day))
    .sort((a, b) => JENIS_ORDER[a.jenis] - JENIS_ORDER[b.jenis] || a.mulai.localeCompare(b.mulai));
}

/** People who may act as `jabatanId` on `day`: the definitif holder and any Plt./Plh. */
export function effectiveHoldersOf(penugasan: readonly Penugasan[], jabatanId: string, day: string): Penugasan[] {
  return penugasan
    .filter((p) => p.jabatanId === jabatanId && isEffectiveOn(p, day))
    .sort((a, b) => JENIS_ORDER[a.jenis] - JENIS_ORDER[b.jenis]);
}

/** "Plt. " / "Plh. " / "" to put before a jabatan name in a signature block or a switcher. */
export function actingPrefix(jenis: JenisPenugasan): string {
  return jenis === 'PLT' ? 'Plt. ' : jenis === 'PLH' ? 'Plh. ' : '';
}

/**
 * A post's holder as the admin pages name them: "Plt. Ir. Wayan". A holder deactivated since
 * (pensiun) whose assignment nobody ended still holds the post (checkPenugasan refuses a second
 * holder), so says so rather than pass for someone at work or leave the post looking free.
 */
export function sebutanPemegang(jenis: JenisPenugasan, nama: string, aktif: boolean): string {
  return `${actingPrefix(jenis)}${nama}${aktif ? '' : ' (nonaktif, penugasannya belum diakhiri)'}`;
}

/** Calendar day in the instansi's zone (WIB by default) for a moment in time. */
export function calendarDay(at: Date, timeZone = 'Asia/Jakarta'): string {
  return dateFormatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
