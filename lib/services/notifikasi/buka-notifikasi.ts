import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { notifikasiScope } from '@/lib/authz/scope';
import { tautanDalamAplikasi } from '@/lib/domain/notifikasi/tautan';

/**
 * "Buka" on a notification: marks it read (opening it is reading it; only "Tandai semua sudah
 * dibaca" cleared the bell before) and gives where it leads, or the list. Another person's id
 * matches nothing and changes nothing.
 */
export async function bukaNotifikasi(actor: Actor, id: string, now = new Date()): Promise<string> {
  const notifikasi = await prisma.notifikasi.findFirst({ where: { ...notifikasiScope(actor), id }, select: { tautan: true, readAt: true } });
  if (!notifikasi) return '/notifikasi';
  if (!notifikasi.readAt) await prisma.notifikasi.updateMany({ where: { ...notifikasiScope(actor), id, readAt: null }, data: { readAt: now } });
  return tautanDalamAplikasi(notifikasi.tautan) ?? '/notifikasi';
}
