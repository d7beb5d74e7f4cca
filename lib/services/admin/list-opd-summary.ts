import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { opdScope } from '@/lib/authz/scope';

/** The OPDs an admin manages, with the size of each organisation. */
export async function listOpdSummary(actor: Actor) {
  assertCan(actor, 'admin.view');
  const opds = await prisma.opd.findMany({
    where: opdScope(actor, 'opd.manage'),
    orderBy: { nama: 'asc' },
    select: {
      id: true,
      kode: true,
      nama: true,
      singkatan: true,
      aktif: true,
      _count: { select: { unitKerja: true, jabatan: true, pegawai: true } },
    },
  });
  return opds.map((o) => ({
    id: o.id,
    kode: o.kode,
    nama: o.nama,
    singkatan: o.singkatan,
    aktif: o.aktif,
    jumlahUnit: o._count.unitKerja,
    jumlahJabatan: o._count.jabatan,
    jumlahPegawai: o._count.pegawai,
  }));
}
