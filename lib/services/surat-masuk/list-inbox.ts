import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { inboxScope } from '@/lib/authz/scope';
import type { Prisma } from '@/lib/generated/prisma/client';
import { afterCursorWhere, dayEndWib, dayStartWib, decodeCursor, encodeCursor, type InboxFilter } from '@/lib/domain/surat-masuk/inbox-query';

const SELECT = {
  id: true,
  jenis: true,
  readAt: true,
  deliveredAt: true,
  derajatKecepatan: true,
  klasifikasiKeamanan: true,
  naskah: { select: { id: true, perihal: true, nomor: true, pengirimNama: true, opd: { select: { nama: true } } } },
} as const;

const ORDER: Prisma.DeliveryOrderByWithRelationInput[] = [{ derajatKecepatan: 'desc' }, { deliveredAt: 'desc' }, { id: 'desc' }];

function filterWhere(filter: Partial<InboxFilter>): Prisma.DeliveryWhereInput {
  return {
    ...(filter.kecepatan && { derajatKecepatan: filter.kecepatan }),
    ...(filter.keamanan && { klasifikasiKeamanan: filter.keamanan }),
    ...((filter.dari || filter.sampai) && {
      deliveredAt: { ...(filter.dari && { gte: dayStartWib(filter.dari) }), ...(filter.sampai && { lte: dayEndWib(filter.sampai) }) },
    }),
    ...(filter.pengirim && { naskah: { pengirimNama: { contains: filter.pengirim, mode: 'insensitive' as const } } }),
  };
}

/**
 * Surat Masuk of the post the actor acts as: unread first, then most urgent, then newest, one
 * keyset page at a time. The unread and read groups are read separately so each is one ordered
 * index range (jabatanId, derajatKecepatan, deliveredAt, id), however many letters the post holds.
 */
export async function listInbox(actor: Actor, { filter = {}, cursor: rawCursor, take = 30 }: { filter?: Partial<InboxFilter>; cursor?: string | null; take?: number } = {}) {
  assertCan(actor, 'suratMasuk.read');
  const cursor = decodeCursor(rawCursor);
  const base: Prisma.DeliveryWhereInput = { ...inboxScope(actor), archivedAt: null, ...filterWhere(filter) };
  const page = (unread: boolean, after: typeof cursor, limit: number) =>
    prisma.delivery.findMany({
      where: { AND: [base, { readAt: unread ? null : { not: null } }, ...(after ? [afterCursorWhere(after)] : [])] },
      orderBy: ORDER,
      take: limit,
      select: SELECT,
    });

  // One row beyond the page tells whether there is a next page.
  const rows = cursor?.g === 'r' ? [] : await page(true, cursor, take + 1);
  if (rows.length <= take && !filter.belumDibaca) {
    rows.push(...(await page(false, cursor?.g === 'r' ? cursor : null, take + 1 - rows.length)));
  }
  const shown = rows.slice(0, take);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > take && last ? encodeCursor({ g: last.readAt ? 'r' : 'u', k: last.derajatKecepatan, d: last.deliveredAt.toISOString(), id: last.id }) : null;

  return {
    nextCursor,
    rows: shown.map((r) => ({
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
    })),
  };
}
