import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { UpdatePegawaiInput } from '@/lib/domain/admin/schemas';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertPegawaiUnique } from './pegawai-uniqueness';
import { getPegawaiInScopeOrThrow } from './scoped-loaders';
import { rethrowUniqueViolation } from './unique-violation';

export async function updatePegawai(actor: Actor, input: UpdatePegawaiInput): Promise<void> {
  const { pegawaiId, ...fields } = input;
  const before = await getPegawaiInScopeOrThrow(actor, pegawaiId);
  assertCan(actor, 'pegawai.manage', { opdId: before.opdId });
  await prisma
    .$transaction(async (tx) => {
      await assertPegawaiUnique(tx, fields, before.id);
      await tx.pegawai.update({ where: { id: before.id }, data: fields });
      await recordAudit(tx, actor, {
        instansiId: before.instansiId,
        opdId: before.opdId,
        action: 'pegawai.update',
        entityType: 'Pegawai',
        entityId: before.id,
        before: { nama: before.nama, nip: before.nip, golongan: before.golongan, email: before.email },
        after: { nama: fields.nama, nip: fields.nip, golongan: fields.golongan, email: fields.email },
      });
    })
    .catch((e) => rethrowUniqueViolation(e, 'nip', 'NIP atau e-mail sudah terdaftar.'));
}
