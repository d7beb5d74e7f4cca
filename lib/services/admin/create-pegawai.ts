import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { CreatePegawaiInput } from '@/lib/domain/admin/schemas';
import { NO_PASSWORD_HASH } from '@/lib/domain/admin/no-password';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertPegawaiUnique } from './pegawai-uniqueness';
import { getOpdInScopeOrThrow } from './scoped-loaders';
import { rethrowUniqueViolation } from './unique-violation';

/**
 * A new pegawai in an OPD the actor manages. There is no password yet: the admin issues a one-time
 * password with "reset kata sandi" when the person is ready to sign in.
 */
export async function createPegawai(actor: Actor, input: CreatePegawaiInput): Promise<{ pegawaiId: string }> {
  const { opdId, ...fields } = input;
  const opd = await getOpdInScopeOrThrow(actor, opdId, 'pegawai.manage');
  assertCan(actor, 'pegawai.manage', { opdId: opd.id });
  return prisma
    .$transaction(async (tx) => {
      await assertPegawaiUnique(tx, fields, null);
      const pegawai = await tx.pegawai.create({ data: { ...fields, instansiId: opd.instansiId, opdId: opd.id, passwordHash: NO_PASSWORD_HASH }, select: { id: true } });
      await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'pegawai.create', entityType: 'Pegawai', entityId: pegawai.id, after: { ...fields, nik: '(disimpan)' } });
      return { pegawaiId: pegawai.id };
    })
    .catch((e) => rethrowUniqueViolation(e, 'nip', 'NIP atau e-mail sudah terdaftar.'));
}
