import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { getOpdInScopeOrThrow } from './scoped-loaders';

export async function listInstruksiDisposisi(actor: Actor, opdId: string) {
  assertCan(actor, 'admin.view');
  const opd = await getOpdInScopeOrThrow(actor, opdId);
  const rows = await prisma.instruksiDisposisi.findMany({ where: { opdId: opd.id }, orderBy: [{ urutan: 'asc' }, { teks: 'asc' }] });
  return { opd: { id: opd.id, nama: opd.nama }, rows };
}
