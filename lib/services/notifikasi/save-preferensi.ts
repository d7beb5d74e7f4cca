import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import type { PreferensiInput } from '@/lib/domain/notifikasi/preferensi-schema';

/** Saves the actor's own choices and WhatsApp number; nobody edits another person's settings here. */
export async function savePreferensi(actor: Actor, input: PreferensiInput): Promise<void> {
  const pref = { kanal: input.kanal, jamTenangMulai: input.jamTenangMulai, jamTenangSelesai: input.jamTenangSelesai, ringkasanHarian: input.ringkasanHarian };
  await prisma.$transaction([
    prisma.preferensiNotifikasi.upsert({ where: { pegawaiId: actor.pegawaiId }, create: { pegawaiId: actor.pegawaiId, ...pref }, update: pref }),
    prisma.pegawai.update({ where: { id: actor.pegawaiId }, data: { nomorWhatsapp: input.nomorWhatsapp } }),
  ]);
}
