import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { endSessions } from '@/lib/services/auth/end-sessions';
import { getPegawaiInScopeOrThrow } from './scoped-loaders';

/** Deactivates (or reactivates) a pegawai; deactivation ends their sessions at once. */
export async function setPegawaiAktif(actor: Actor, input: { pegawaiId: string; aktif: boolean }): Promise<void> {
  const pegawai = await getPegawaiInScopeOrThrow(actor, input.pegawaiId);
  assertCan(actor, 'pegawai.manage', { opdId: pegawai.opdId });
  if (pegawai.id === actor.pegawaiId && !input.aktif) throw new DomainError('Anda tidak dapat menonaktifkan akun Anda sendiri.');
  await prisma.$transaction(async (tx) => {
    await tx.pegawai.update({ where: { id: pegawai.id }, data: { aktif: input.aktif } });
    if (!input.aktif) await endSessions(tx, [pegawai.id], 'NONAKTIF');
    await recordAudit(tx, actor, { instansiId: pegawai.instansiId, opdId: pegawai.opdId, action: input.aktif ? 'pegawai.activate' : 'pegawai.deactivate', entityType: 'Pegawai', entityId: pegawai.id, before: { aktif: pegawai.aktif }, after: { aktif: input.aktif } });
  });
}
