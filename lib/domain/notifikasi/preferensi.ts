// Who wants what on which channel: defaults by kind of post, the person's own choices on top, quiet
// hours and the daily digest. Pure: the notify service passes the row, the contact and the time.
import { DAFTAR_JENIS, KANAL_LUAR, type JenisNotifikasi, type KanalLuar } from './jenis';

export interface Preferensi {
  kanal: Record<JenisNotifikasi, KanalLuar[]>;
  /** Whole hours in WIB; the window may wrap past midnight (22 to 6). */
  jamTenangMulai: number | null;
  jamTenangSelesai: number | null;
  ringkasanHarian: boolean;
}

/** Work that cannot wait for the next time someone opens the app. */
const MENDESAK: JenisNotifikasi[] = ['DISPOSISI_DITERIMA', 'TENGGAT_LEWAT', 'PARAF_DITUNGGU', 'TANDA_TANGAN_DITUNGGU', 'TANDA_TANGAN_GAGAL', 'PENUGASAN_PELAKSANA', 'SERTIFIKAT_AKAN_KEDALUWARSA'];
const STAF_WHATSAPP: JenisNotifikasi[] = ['DISPOSISI_DITERIMA', 'TENGGAT_BESOK', 'TENGGAT_LEWAT'];

/**
 * Pejabat (structural posts) dispose from their phones between meetings: urgent work reaches them
 * on WhatsApp and push as well as e-mail. Staff get e-mail for everything, push for urgent work and
 * WhatsApp for their disposisi and its deadlines. No quiet hours and no digest until they choose.
 */
export function preferensiBawaan(pejabat: boolean): Preferensi {
  const kanal = Object.fromEntries(
    DAFTAR_JENIS.map((jenis) => {
      const mendesak = MENDESAK.includes(jenis);
      const list: KanalLuar[] = ['EMAIL'];
      if (pejabat ? mendesak || jenis === 'SURAT_DITERIMA' : STAF_WHATSAPP.includes(jenis)) list.push('WHATSAPP');
      if (mendesak || (pejabat && jenis === 'SURAT_DITERIMA')) list.push('PUSH');
      return [jenis, list];
    }),
  ) as Record<JenisNotifikasi, KanalLuar[]>;
  return { kanal, jamTenangMulai: null, jamTenangSelesai: null, ringkasanHarian: false };
}

export interface PreferensiRow {
  kanal: unknown;
  jamTenangMulai: number | null;
  jamTenangSelesai: number | null;
  ringkasanHarian: boolean;
}

/** The stored choices over the defaults; kinds added after the row was saved keep their default. */
export function bacaPreferensi(row: PreferensiRow | null, pejabat: boolean): Preferensi {
  const bawaan = preferensiBawaan(pejabat);
  if (!row) return bawaan;
  const stored = row.kanal && typeof row.kanal === 'object' ? (row.kanal as Record<string, unknown>) : {};
  const kanal = { ...bawaan.kanal };
  for (const jenis of DAFTAR_JENIS) {
    const v = stored[jenis];
    if (Array.isArray(v)) kanal[jenis] = KANAL_LUAR.filter((k) => v.includes(k));
  }
  return { kanal, jamTenangMulai: row.jamTenangMulai, jamTenangSelesai: row.jamTenangSelesai, ringkasanHarian: row.ringkasanHarian };
}

const WIB_OFFSET_HOURS = 7;

export function jamWib(at: Date): number {
  return (at.getUTCHours() + WIB_OFFSET_HOURS) % 24;
}

/** When a message made at `now` may leave: now, or the end of the person's quiet hours. */
export function bolehKirimSetelah(pref: Pick<Preferensi, 'jamTenangMulai' | 'jamTenangSelesai'>, now: Date): Date {
  const { jamTenangMulai: mulai, jamTenangSelesai: selesai } = pref;
  if (mulai === null || selesai === null || mulai === selesai) return now;
  const jam = jamWib(now);
  const tenang = mulai < selesai ? jam >= mulai && jam < selesai : jam >= mulai || jam < selesai;
  if (!tenang) return now;
  const end = new Date(now);
  end.setUTCMinutes(0, 0, 0);
  end.setUTCHours(end.getUTCHours() + ((selesai - jam + 24) % 24 || 24));
  return end;
}

/** The hour (WIB) the daily digest leaves. */
export const JAM_RINGKASAN = 7;

/** The hour (WIB) a person's digest leaves: 07.00, or the end of quiet hours that cover 07.00. */
export function jamRingkasan(pref: Pick<Preferensi, 'jamTenangMulai' | 'jamTenangSelesai'>): number {
  const pukulTujuh = new Date(Date.UTC(2026, 0, 1, (JAM_RINGKASAN - WIB_OFFSET_HOURS + 24) % 24));
  return jamWib(bolehKirimSetelah(pref, pukulTujuh));
}

export interface RencanaPengiriman {
  kanal: KanalLuar;
  tujuan: string;
  /** Kept for the daily digest rather than sent now. */
  ringkasan: boolean;
  runAt: Date;
}

/**
 * The outside deliveries of one notification: the channels the person chose for this kind that the
 * instance has configured and the person has an address for. The digest gathers e-mail and
 * WhatsApp; push is for the moment or not at all.
 */
export function rencanakanPengiriman(args: {
  jenis: JenisNotifikasi;
  preferensi: Preferensi;
  alamat: Partial<Record<KanalLuar, string | null>>;
  kanalAktif: readonly KanalLuar[];
  now: Date;
}): RencanaPengiriman[] {
  const runAt = bolehKirimSetelah(args.preferensi, args.now);
  return args.preferensi.kanal[args.jenis]
    .filter((k) => args.kanalAktif.includes(k) && !!args.alamat[k])
    .map((kanal) => ({ kanal, tujuan: args.alamat[kanal]!, ringkasan: args.preferensi.ringkasanHarian && kanal !== 'PUSH', runAt }));
}
