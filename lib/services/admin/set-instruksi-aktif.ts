import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { opdOwnedScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** Hides (or shows again) one instruction; past dispositions keep their text. */
export async function setInstruksiAktif(actor: Actor, input: { instruksiId: string; aktif: boolean }): Promise<void> {
  assertCan(actor, 'opd.manage');
  const row = await prisma.instruksiDisposisi.findFirst({ where: { id: input.instruksiId, ...opdOwnedScope(actor, 'opd.manage') }, include: { opd: { select: { instansiId: true } } } });
  if (!row) throw new NotFoundError('Instruksi tidak ditemukan atau di luar kewenangan Anda.');
  assertCan(actor, 'opd.manage', { opdId: row.opdId });
  await prisma.$transaction(async (tx) => {
    await tx.instruksiDisposisi.update({ where: { id: row.id }, data: { aktif: input.aktif } });
    await recordAudit(tx, actor, { instansiId: row.opd.instansiId, opdId: row.opdId, action: 'instruksi.setActive', entityType: 'InstruksiDisposisi', entityId: row.id, before: { aktif: row.aktif }, after: { aktif: input.aktif } });
  });
}
