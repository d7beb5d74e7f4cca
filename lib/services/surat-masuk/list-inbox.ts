import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { inboxScope } from '@/lib/authz/scope';

/** Surat Masuk of the post the actor acts as: unread first, then most urgent, then newest. */
export async function listInbox(actor: Actor, { take = 50 }: { take?: number } = {}) {
  assertCan(actor, 'suratMasuk.read');
  const rows = await prisma.delivery.findMany({
    where: { ...inboxScope(actor), archivedAt: null },
    orderBy: [{ readAt: { sort: 'desc', nulls: 'first' } }, { derajatKecepatan: 'desc' }, { deliveredAt: 'desc' }],
    take,
    select: {
      id: true,
      jenis: true,
      readAt: true,
      deliveredAt: true,
      derajatKecepatan: true,
      klasifikasiKeamanan: true,
      naskah: { select: { id: true, perihal: true, nomor: true, pengirimNama: true, opd: { select: { nama: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    naskahId: r.naskah.id,
    perihal: r.naskah.perihal,
    nomor: r.naskah.nomor,
    pengirim: r.naskah.pengirimNama ?? r.naskah.opd.nama,
    jenis: r.jenis,
    dibaca: r.readAt !== null,
    diterima: r.deliveredAt,
    derajatKecepatan: r.derajatKecepatan,
    klasifikasiKeamanan: r.klasifikasiKeamanan,
  }));
}
