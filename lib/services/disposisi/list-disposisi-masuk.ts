import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';

/** Disposisi received by the post the actor acts as, open ones first. */
export async function listDisposisiMasuk(actor: Actor, { take = 50 }: { take?: number } = {}) {
  assertCan(actor, 'disposisi.receive');
  const rows = await prisma.penerimaDisposisi.findMany({
    where: { jabatanId: actor.activePost!.jabatanId, status: { not: 'DITARIK' } },
    orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
    take,
    select: {
      id: true,
      status: true,
      batasWaktu: true,
      createdAt: true,
      disposisi: {
        select: {
          instruksi: true,
          dariJabatan: { select: { nama: true } },
          naskah: { select: { id: true, perihal: true, nomor: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    batasWaktu: r.batasWaktu,
    diterima: r.createdAt,
    dari: r.disposisi.dariJabatan.nama,
    instruksi: r.disposisi.instruksi,
    naskahId: r.disposisi.naskah.id,
    perihal: r.disposisi.naskah.perihal,
    nomor: r.disposisi.naskah.nomor,
  }));
}
