import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';

/** One kode klasifikasi with its JRA entry, for its edit page (name, status, JRA). */
export async function getJra(actor: Actor, klasifikasiId: string) {
  assertCan(actor, 'masterData.manage');
  const k = await prisma.klasifikasiArsip.findFirst({
    where: { id: klasifikasiId, instansiId: actor.instansiId },
    select: { id: true, kode: true, nama: true, aktif: true, retensiAktif: true, retensiInaktif: true, keteranganRetensi: true, _count: { select: { arsip: true } } },
  });
  if (!k) throw new NotFoundError('Kode klasifikasi tidak ditemukan.');
  return k;
}
