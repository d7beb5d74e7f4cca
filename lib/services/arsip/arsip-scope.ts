import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { opdIdsWithRole } from '@/lib/authz/policy';
import { bukanTerbatas, naskahReadableScope } from '@/lib/authz/scope';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The unit kerja of the post the actor acts as: the unit pengolah whose records they keep. */
export async function unitPengolahOf(actor: Actor): Promise<string | null> {
  if (!actor.activePost) return null;
  const j = await prisma.jabatan.findUnique({ where: { id: actor.activePost.jabatanId }, select: { unitKerjaId: true } });
  return j?.unitKerjaId ?? null;
}

/**
 * Records the actor may see: those of their unit pengolah (a Rahasia or Sangat Rahasia one only when
 * its letter is theirs to read), and every record of the OPDs where they run penyusutan.
 */
export function arsipScope(actor: Actor, unitKerjaId: string | null): Prisma.ArsipWhereInput {
  const opds = opdIdsWithRole(actor, 'arsip.penyusutan');
  const unit: Prisma.ArsipWhereInput[] = unitKerjaId
    ? [{ unitKerjaId, OR: [{ naskah: bukanTerbatas() }, { naskah: naskahReadableScope(actor) }] }]
    : [];
  const kearsipan: Prisma.ArsipWhereInput[] = opds === 'ALL' ? [{ naskah: { opd: { instansiId: actor.instansiId } } }] : opds.length ? [{ opdId: { in: opds } }] : [];
  return { OR: [...unit, ...kearsipan] };
}

/**
 * The records of a Daftar Arsip: the Aktif one of the actor's unit pengolah, or the Inaktif one kept
 * by the unit kearsipan (every record the actor sees in that state).
 */
export function daftarArsipWhere(actor: Actor, unitKerjaId: string | null, status: 'AKTIF' | 'INAKTIF'): Prisma.ArsipWhereInput {
  return { AND: [arsipScope(actor, status === 'AKTIF' ? unitKerjaId : null), { status }, status === 'AKTIF' && unitKerjaId ? { unitKerjaId } : {}] };
}
