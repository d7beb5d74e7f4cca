import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';

/** Incoming letters registered in the OPDs where the actor is pencatat, newest first. */
export async function listSuratTercatat(actor: Actor, { take = 50 }: { take?: number } = {}) {
  assertCan(actor, 'suratMasuk.register');
  const opdIds = opdIdsWithRole(actor, 'suratMasuk.register');
  return prisma.naskah.findMany({
    where: { sumber: 'EKSTERNAL', opd: { instansiId: actor.instansiId }, ...(opdIds === 'ALL' ? {} : { opdId: { in: opdIds } }) },
    orderBy: [{ tahunAgenda: 'desc' }, { nomorAgenda: 'desc' }],
    take,
    select: { id: true, nomorAgenda: true, tahunAgenda: true, nomor: true, perihal: true, pengirimNama: true, tanggalDiterima: true, derajatKecepatan: true },
  });
}
