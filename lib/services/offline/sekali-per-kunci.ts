import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { PESAN_AKUN_LAIN, PESAN_DIPROSES, PESAN_DITERAPKAN, PESAN_GAGAL, type HasilTindakanLuring, type JenisTindakanLuring } from '@/lib/domain/offline/tindakan-luring-schema';

/**
 * Claims a phone's key for an action (a unique index, so two sends racing each other cannot both
 * pass). Null when this call claimed it and may run the action; otherwise what became of the
 * earlier send, which must not run again.
 */
export async function klaimKunci(actor: Actor, t: { kunci: string; jenis: JenisTindakanLuring; dibuatDi: Date }, now: Date): Promise<HasilTindakanLuring | null> {
  const claim = await prisma.tindakanLuring.createMany({
    data: [{ kunci: t.kunci, pegawaiId: actor.pegawaiId, jenis: t.jenis, dibuatDi: t.dibuatDi, createdAt: now }],
    skipDuplicates: true,
  });
  if (claim.count > 0) return null;
  const earlier = await prisma.tindakanLuring.findUnique({ where: { kunci: t.kunci }, select: { pegawaiId: true, status: true, pesan: true } });
  if (!earlier || earlier.pegawaiId !== actor.pegawaiId) return { status: 'DITOLAK', pesan: PESAN_AKUN_LAIN };
  return { status: earlier.status, pesan: earlier.pesan ?? PESAN_DIPROSES };
}

export async function catatHasil(kunci: string, hasil: HasilTindakanLuring): Promise<void> {
  await prisma.tindakanLuring.update({ where: { kunci }, data: { status: hasil.status, pesan: hasil.pesan, selesaiAt: new Date() } });
}

/**
 * An online form's action under the key its phone would queue it with (withOfflineQueue): when the
 * answer is lost on the way back, the phone queues the same key and the server, which kept it,
 * answers with what happened instead of doing it again (a dropped reply gave two disposisi). Null
 * when `run` ran now (a refusal is recorded and thrown on); otherwise the earlier outcome.
 */
export async function jalankanSekali(actor: Actor, kunci: string | undefined, jenis: JenisTindakanLuring, run: () => Promise<unknown>, now = new Date()): Promise<HasilTindakanLuring | null> {
  if (!kunci) {
    await run();
    return null;
  }
  const earlier = await klaimKunci(actor, { kunci, jenis, dibuatDi: now }, now);
  if (earlier) return earlier;
  try {
    await run();
  } catch (error) {
    await catatHasil(kunci, { status: 'DITOLAK', pesan: error instanceof DomainError ? error.message : PESAN_GAGAL });
    throw error;
  }
  await catatHasil(kunci, { status: 'DITERAPKAN', pesan: PESAN_DITERAPKAN[jenis] });
  return null;
}
