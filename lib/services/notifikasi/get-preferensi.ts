import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { bacaPreferensi, type Preferensi } from '@/lib/domain/notifikasi/preferensi';
import type { KanalLuar } from '@/lib/domain/notifikasi/jenis';
import { kanalAktif } from './kanal';

export interface PengaturanNotifikasi {
  preferensi: Preferensi;
  email: string | null;
  nomorWhatsapp: string | null;
  /** Phones and browsers subscribed to push (turned on per device on the Menu page). */
  perangkatPush: number;
  /** Channels this instance has configured; the page says when one is off. */
  kanalAktif: KanalLuar[];
}

/** The actor's own notification settings (their choices over the defaults for their post). */
export async function getPreferensi(actor: Actor): Promise<PengaturanNotifikasi> {
  const pegawai = await prisma.pegawai.findUniqueOrThrow({
    where: { id: actor.pegawaiId },
    select: { email: true, nomorWhatsapp: true, _count: { select: { langgananPush: true } }, preferensiNotifikasi: { select: { kanal: true, jamTenangMulai: true, jamTenangSelesai: true, ringkasanHarian: true } } },
  });
  const pejabat = actor.posts.some((p) => p.jenisJabatan === 'STRUKTURAL');
  return { preferensi: bacaPreferensi(pegawai.preferensiNotifikasi, pejabat), email: pegawai.email, nomorWhatsapp: pegawai.nomorWhatsapp, perangkatPush: pegawai._count.langgananPush, kanalAktif: kanalAktif() };
}
