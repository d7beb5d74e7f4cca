import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import { inboxMilikSql } from '@/lib/authz/scope-sql';
import { polaMengandung } from '@/lib/domain/cari/query';
import { dayEndWib, dayStartWib, decodeCursor, encodeCursor, type Derajat, type InboxCursor, type InboxFilter } from '@/lib/domain/surat-masuk/inbox-query';
import { Prisma } from '@/lib/generated/prisma/client';
import type { JenisPenerima, KlasifikasiKeamanan } from '@/lib/generated/prisma/enums';

interface Row {
  id: string;
  jenis: JenisPenerima;
  readAt: Date | null;
  deliveredAt: Date;
  derajatKecepatan: Derajat;
  klasifikasiKeamanan: KlasifikasiKeamanan;
  naskahId: string;
  perihal: string;
  nomor: string | null;
  pengirim: string;
}

function filterSql(filter: Partial<InboxFilter>): Prisma.Sql[] {
  return [
    ...(filter.kecepatan ? [Prisma.sql`d."derajatKecepatan" = ${filter.kecepatan}::"DerajatKecepatan"`] : []),
    ...(filter.keamanan ? [Prisma.sql`d."klasifikasiKeamanan" = ${filter.keamanan}::"KlasifikasiKeamanan"`] : []),
    ...(filter.dari ? [Prisma.sql`d."deliveredAt" >= ${dayStartWib(filter.dari)}`] : []),
    ...(filter.sampai ? [Prisma.sql`d."deliveredAt" <= ${dayEndWib(filter.sampai)}`] : []),
    // Typed text is matched as text: a % or _ in it is not a wildcard.
    ...(filter.pengirim ? [Prisma.sql`n."pengirimNama" ILIKE ${polaMengandung(filter.pengirim)}`] : []),
  ];
}

/**
 * "After this cursor" in (urgency desc, deliveredAt desc, id desc) order: one row comparison, so the
 * index (jabatanId, derajatKecepatan desc, deliveredAt desc, id desc) starts right there. The enum
 * compares in its declared order, BIASA < SEGERA < SANGAT_SEGERA (DERAJAT_URUT).
 */
function afterCursorSql(cursor: Pick<InboxCursor, 'k' | 'd' | 'id'>): Prisma.Sql {
  return Prisma.sql`(d."derajatKecepatan", d."deliveredAt", d.id) < (${cursor.k}::"DerajatKecepatan", ${new Date(cursor.d)}, ${cursor.id}::uuid)`;
}

/**
 * Surat Masuk of the post the actor acts as: unread first, then most urgent, then newest, one
 * keyset page at a time. The unread and read groups are read separately so each is one ordered
 * index range (jabatanId, derajatKecepatan, deliveredAt, id), however many letters the post holds.
 * Raw SQL rather than a Prisma findMany: the list is on every mail clerk's screen, and Prisma spent
 * more of the server's CPU building and decoding its joined query than PostgreSQL spent running it.
 * Not a prepared statement: the LIMIT and the filters change which plan is best.
 */
export async function listInbox(actor: Actor, { filter = {}, cursor: rawCursor, take = BARIS_PER_HALAMAN }: { filter?: Partial<InboxFilter>; cursor?: string | null; take?: number } = {}) {
  assertCan(actor, 'suratMasuk.read');
  const cursor = decodeCursor(rawCursor);
  const base = [inboxMilikSql(actor, 'd'), Prisma.sql`d."archivedAt" IS NULL`, ...filterSql(filter)];
  const page = (unread: boolean, after: typeof cursor, limit: number) =>
    queryRows<Row>(Prisma.sql`
      SELECT d.id, d.jenis, d."readAt", d."deliveredAt", d."derajatKecepatan", d."klasifikasiKeamanan",
        n.id AS "naskahId", n.perihal, n.nomor, coalesce(n."pengirimNama", o.nama) AS pengirim
      FROM "Delivery" d JOIN "Naskah" n ON n.id = d."naskahId" JOIN "Opd" o ON o.id = n."opdId"
      WHERE ${Prisma.join([...base, unread ? Prisma.sql`d."readAt" IS NULL` : Prisma.sql`d."readAt" IS NOT NULL`, ...(after ? [afterCursorSql(after)] : [])], ' AND ')}
      ORDER BY d."derajatKecepatan" DESC, d."deliveredAt" DESC, d.id DESC
      LIMIT ${limit}`);

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
      naskahId: r.naskahId,
      perihal: r.perihal,
      nomor: r.nomor,
      pengirim: r.pengirim,
      jenis: r.jenis,
      dibaca: r.readAt !== null,
      diterima: r.deliveredAt,
      derajatKecepatan: r.derajatKecepatan,
      klasifikasiKeamanan: r.klasifikasiKeamanan,
    })),
  };
}
