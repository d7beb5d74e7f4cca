import { prisma } from '@/lib/db';
import { cocokNamaAtauNip } from '@/lib/domain/pegawai/cocok-pegawai';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { opdOwnedScope } from '@/lib/authz/scope';

export const PEGAWAI_PAGE_SIZE = 50;

/** Pegawai the actor manages, searched by name or NIP (prefix), optionally in one OPD. */
export async function listPegawai(actor: Actor, input: { q?: string; opdId?: string; halaman?: number }) {
  assertCan(actor, 'pegawai.manage');
  const q = input.q?.trim().slice(0, 100);
  const where = {
    instansiId: actor.instansiId,
    ...opdOwnedScope(actor, 'pegawai.manage'),
    ...(input.opdId ? { AND: [{ opdId: input.opdId }] } : {}),
    ...(q ? cocokNamaAtauNip(q) : {}),
  };
  const halaman = Math.max(1, input.halaman ?? 1);
  const [total, rows] = await Promise.all([
    prisma.pegawai.count({ where }),
    prisma.pegawai.findMany({
      where,
      orderBy: [{ nama: 'asc' }, { id: 'asc' }],
      skip: (halaman - 1) * PEGAWAI_PAGE_SIZE,
      take: PEGAWAI_PAGE_SIZE,
      select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true, golongan: true, aktif: true, opd: { select: { singkatan: true } } },
    }),
  ]);
  return { total, halaman, rows };
}
