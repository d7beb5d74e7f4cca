import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';

/**
 * Disposisi the actor's post gave that are past their deadline and not done, oldest deadline
 * first: the giver's follow-up list ("terlambat" is derived, never stored).
 */
export async function listDisposisiTerlambat(actor: Actor, now = new Date(), take = 20) {
  assertCan(actor, 'disposisi.give');
  const rows = await prisma.penerimaDisposisi.findMany({
    where: {
      status: { in: ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI'] },
      batasWaktu: { lt: now },
      disposisi: { dariJabatanId: actor.activePost!.jabatanId, ditarikAt: null },
    },
    orderBy: [{ batasWaktu: 'asc' }, { id: 'asc' }],
    take,
    select: {
      id: true,
      status: true,
      batasWaktu: true,
      jabatan: { select: { nama: true } },
      disposisi: { select: { naskah: { select: { id: true, perihal: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    batasWaktu: r.batasWaktu!,
    kepada: r.jabatan.nama,
    naskahId: r.disposisi.naskah.id,
    perihal: r.disposisi.naskah.perihal,
  }));
}
