import { queryRows } from '@/lib/db/query-rows';
import { limitLiteral } from '@/lib/db/statement-name';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import { decodeDisposisiMasukKursor, encodeDisposisiMasukKursor, type DisposisiMasukKursor } from '@/lib/domain/disposisi/masuk-cursor';
import { Prisma, type StatusDisposisi } from '@/lib/generated/prisma/client';

interface Row {
  id: string;
  status: StatusDisposisi;
  batasWaktu: Date | null;
  diterima: Date;
  dari: string;
  instruksi: string[];
  naskahId: string;
  perihal: string;
  nomor: string | null;
}

/**
 * Disposisi received by the post the actor acts as, open ones first (the status enum's order), newest
 * first within a status: ranges of the index (jabatanId, status, createdAt desc). `setelah`: only
 * the rows after that cursor. Raw SQL: Prisma spent more of the server's CPU on its nested select
 * than PostgreSQL spent on the rows.
 */
export async function listDisposisiMasuk(actor: Actor, { take = 50, setelah = null }: { take?: number; setelah?: DisposisiMasukKursor | null } = {}) {
  assertCan(actor, 'disposisi.receive');
  return queryRows<Row>(disposisiMasukSql(actor.activePost!.jabatanId, take, setelah));
}

/** One page of the Disposisi list after the URL's cursor (`?setelah=`), and the next page's cursor. */
export async function halamanDisposisiMasuk(actor: Actor, setelah: string | undefined) {
  const rows = await listDisposisiMasuk(actor, { take: BARIS_PER_HALAMAN + 1, setelah: decodeDisposisiMasukKursor(setelah) });
  const shown = rows.slice(0, BARIS_PER_HALAMAN);
  const last = shown.at(-1);
  const nextCursor = rows.length > shown.length && last && last.status !== 'DITARIK' ? encodeDisposisiMasukKursor({ s: last.status, c: last.diterima.toISOString(), id: last.id }) : null;
  return { rows: shown, nextCursor };
}

/**
 * The statement, exported so bench/prepared-statements.ts times what the page runs. Prepared: one
 * post's ranges of one index whatever the post; the LIMIT is written into the text (limitLiteral).
 * After a cursor, the rest of the cursor's status and the later statuses are two index ranges, each
 * stopping at the page's size, so page 20 reads as few rows as page 1.
 */
export function disposisiMasukSql(jabatanId: string, take: number, setelah: DisposisiMasukKursor | null = null): Prisma.Sql {
  const range = (where: Prisma.Sql, order: Prisma.Sql) => Prisma.sql`(
      SELECT p.id, p.status, p."batasWaktu", p."createdAt", p."disposisiId" FROM "PenerimaDisposisi" p
      WHERE p."jabatanId" = ${jabatanId}::uuid AND ${where}
      ORDER BY ${order}
      ${limitLiteral(take)})`;
  const urutan = Prisma.sql`p.status, p."createdAt" DESC, p.id DESC`;
  const halaman = setelah
    ? Prisma.sql`SELECT * FROM (
        ${range(Prisma.sql`p.status = ${setelah.s}::"StatusDisposisi" AND (p."createdAt", p.id) < (${new Date(setelah.c)}, ${setelah.id}::uuid)`, Prisma.sql`p."createdAt" DESC, p.id DESC`)}
        UNION ALL
        ${range(Prisma.sql`p.status > ${setelah.s}::"StatusDisposisi" AND p.status <> 'DITARIK'`, urutan)}) p
      ORDER BY ${urutan}
      ${limitLiteral(take)}`
    : range(Prisma.sql`p.status <> 'DITARIK'`, urutan);
  return Prisma.sql`/* prepared */
    WITH halaman AS (${halaman})
    SELECT h.id, h.status, h."batasWaktu", h."createdAt" AS diterima, dj.nama AS dari, d.instruksi,
      n.id AS "naskahId", n.perihal, n.nomor
    FROM halaman h
    JOIN "Disposisi" d ON d.id = h."disposisiId"
    JOIN "Jabatan" dj ON dj.id = d."dariJabatanId"
    JOIN "Naskah" n ON n.id = d."naskahId"
    ORDER BY h.status, h."createdAt" DESC, h.id DESC`;
}
