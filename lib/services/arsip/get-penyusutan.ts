import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';

function opdFilter(actor: Actor) {
  const opds = opdIdsWithRole(actor, 'arsip.penyusutan');
  return opds === 'ALL' ? { beritaAcara: { opd: { instansiId: actor.instansiId } } } : { opdId: { in: opds } };
}

/** The penyusutan lists of the actor's OPDs, newest first. */
export async function listPenyusutan(actor: Actor) {
  assertCan(actor, 'arsip.penyusutan');
  return prisma.penyusutan.findMany({
    where: opdFilter(actor),
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, jenis: true, status: true, createdAt: true, dilaksanakanPada: true, beritaAcara: { select: { id: true, nomor: true, status: true } }, _count: { select: { arsip: true } } },
  });
}

/** One list with its daftar and its berita acara. */
export async function getPenyusutan(actor: Actor, penyusutanId: string) {
  assertCan(actor, 'arsip.penyusutan');
  const p = await prisma.penyusutan.findFirst({
    where: { id: penyusutanId, ...opdFilter(actor) },
    select: {
      id: true,
      opdId: true,
      jenis: true,
      status: true,
      createdAt: true,
      disetujuiPada: true,
      dilaksanakanPada: true,
      beritaAcara: { select: { id: true, nomor: true, status: true, perihal: true, kodeVerifikasi: true, tanggalNaskah: true } },
      arsip: {
        orderBy: { arsip: { tanggal: 'asc' } },
        select: {
          arsip: {
            select: {
              id: true,
              status: true,
              tanggal: true,
              keterangan: true,
              berkasDihapusPada: true,
              klasifikasiArsip: { select: { kode: true } },
              unitKerja: { select: { nama: true } },
              naskah: { select: { perihal: true, nomor: true } },
            },
          },
        },
      },
    },
  });
  if (!p) throw new NotFoundError('Daftar penyusutan tidak ditemukan.');
  return p;
}
