import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { InstruksiInput } from '@/lib/domain/admin/schemas';
import { INSTRUKSI_DISPOSISI_DEFAULT } from '@/lib/domain/disposisi/instruksi-default';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getOpdInScopeOrThrow } from './scoped-loaders';

/** Adds one instruction to the OPD's checklist, or (teks null) the default list's missing ones. */
export async function addInstruksiDisposisi(actor: Actor, input: Omit<InstruksiInput, 'teks'> & { teks: string | null }): Promise<{ added: number }> {
  const opd = await getOpdInScopeOrThrow(actor, input.opdId);
  assertCan(actor, 'opd.manage', { opdId: opd.id });
  return prisma.$transaction(async (tx) => {
    const existing = await tx.instruksiDisposisi.findMany({ where: { opdId: opd.id }, select: { teks: true, urutan: true } });
    const known = new Set(existing.map((e) => e.teks.toLowerCase()));
    const wanted = input.teks === null ? INSTRUKSI_DISPOSISI_DEFAULT.filter((t) => !known.has(t.toLowerCase())) : [input.teks];
    if (input.teks !== null && known.has(input.teks.toLowerCase())) throw new DomainError('Instruksi ini sudah ada.', { teks: ['Instruksi ini sudah ada.'] });
    let urutan = Math.max(0, ...existing.map((e) => e.urutan));
    await tx.instruksiDisposisi.createMany({ data: wanted.map((teks) => ({ opdId: opd.id, teks, urutan: ++urutan })) });
    await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'instruksi.add', entityType: 'Opd', entityId: opd.id, after: { teks: wanted } });
    return { added: wanted.length };
  });
}
