import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { KlasifikasiInput } from '@/lib/domain/admin/schemas';
import { parentKode, pesanIndukNonaktif } from '@/lib/domain/admin/klasifikasi';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { rethrowUniqueViolation } from './unique-violation';

export async function createKlasifikasi(actor: Actor, input: KlasifikasiInput): Promise<{ klasifikasiId: string }> {
  assertCan(actor, 'masterData.manage');
  return prisma
    .$transaction(async (tx) => {
      const induk = parentKode(input.kode);
      // The induk's row is read FOR SHARE: retiring it (setKlasifikasiAktif, FOR UPDATE) waits for this
      // sub-code and then counts it, or this waits and sees the induk retired.
      const [parent] = induk
        ? await tx.$queryRaw<{ id: string; aktif: boolean }[]>`SELECT id, aktif FROM "KlasifikasiArsip" WHERE "instansiId" = ${actor.instansiId}::uuid AND kode = ${induk} FOR SHARE`
        : [];
      if (induk && !parent) throw new DomainError(`Kode induk ${induk} belum ada.`, { kode: [`Kode induk ${induk} belum ada.`] });
      if (induk && parent && !parent.aktif) throw new DomainError(pesanIndukNonaktif(induk), { kode: [pesanIndukNonaktif(induk)] });
      if (await tx.klasifikasiArsip.findFirst({ where: { instansiId: actor.instansiId, kode: input.kode }, select: { id: true } })) {
        throw new DomainError('Kode klasifikasi sudah ada.', { kode: ['Kode klasifikasi sudah ada.'] });
      }
      const row = await tx.klasifikasiArsip.create({ data: { instansiId: actor.instansiId, kode: input.kode, nama: input.nama, parentId: parent?.id ?? null }, select: { id: true } });
      await recordAudit(tx, actor, { instansiId: actor.instansiId, action: 'klasifikasi.create', entityType: 'KlasifikasiArsip', entityId: row.id, after: input });
      return { klasifikasiId: row.id };
    })
    .catch((e) => rethrowUniqueViolation(e, 'kode', 'Kode klasifikasi sudah ada.'));
}
