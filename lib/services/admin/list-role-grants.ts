import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';

/** Role grants the actor may see and revoke: all of the instansi, or those of their OPDs. */
export async function listRoleGrants(actor: Actor) {
  assertCan(actor, 'role.grant');
  const opdIds = opdIdsWithRole(actor, 'role.grant');
  const rows = await prisma.roleGrant.findMany({
    where: { instansiId: actor.instansiId, ...(opdIds === 'ALL' ? {} : { opdId: { in: opdIds } }) },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, role: true, opd: { select: { singkatan: true } }, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, nip: true } } },
  });
  return rows.map((r) => ({ id: r.id, role: r.role, opd: r.opd?.singkatan ?? null, pegawai: namaLengkap(r.pegawai), nip: r.pegawai.nip }));
}
