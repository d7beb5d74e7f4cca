import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { JabatanInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getOpdInScopeOrThrow } from './scoped-loaders';
import { rethrowUniqueViolation } from './unique-violation';

/** A new post; without an atasan it becomes the pimpinan OPD, of which there is only one. */
export async function createJabatan(actor: Actor, input: JabatanInput): Promise<{ jabatanId: string }> {
  const opd = await getOpdInScopeOrThrow(actor, input.opdId);
  assertCan(actor, 'opd.manage', { opdId: opd.id });
  return prisma
    .$transaction(async (tx) => {
      const unit = await tx.unitKerja.findFirst({ where: { id: input.unitKerjaId, opdId: opd.id, aktif: true }, select: { id: true } });
      if (!unit) throw new DomainError('Unit kerja tidak ditemukan di OPD ini.', { unitKerjaId: ['Unit kerja tidak ditemukan di OPD ini.'] });
      let level = 1;
      if (input.parentId) {
        const parent = await tx.jabatan.findFirst({ where: { id: input.parentId, opdId: opd.id, aktif: true }, select: { level: true } });
        if (!parent) throw new DomainError('Jabatan atasan tidak ditemukan di OPD ini.', { parentId: ['Jabatan atasan tidak ditemukan di OPD ini.'] });
        level = parent.level + 1;
      } else if (await tx.jabatan.findFirst({ where: { opdId: opd.id, parentId: null, aktif: true }, select: { id: true } })) {
        throw new DomainError('OPD ini sudah mempunyai pimpinan; pilih jabatan atasan.', { parentId: ['Pilih jabatan atasan.'] });
      }
      const jabatan = await tx.jabatan.create({
        data: { opdId: opd.id, unitKerjaId: unit.id, parentId: input.parentId, kode: input.kode, nama: input.nama, namaSingkat: input.namaSingkat, jenis: input.jenis, eselon: input.eselon, level, isPimpinanOpd: input.parentId === null },
        select: { id: true },
      });
      await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'jabatan.create', entityType: 'Jabatan', entityId: jabatan.id, after: input });
      return { jabatanId: jabatan.id };
    })
    .catch((e) => rethrowUniqueViolation(e, 'kode', 'Kode jabatan sudah dipakai di OPD ini.'));
}
