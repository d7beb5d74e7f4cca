import { queryRows } from '@/lib/db/query-rows';
import { limitLiteral } from '@/lib/db/statement-name';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { BARIS_PER_HALAMAN, TERLAMBAT_RINGKAS } from '@/lib/domain/daftar/halaman';
import { decodeDisposisiTerlambatKursor, encodeDisposisiTerlambatKursor, type DisposisiTerlambatKursor } from '@/lib/domain/disposisi/terlambat-cursor';
import { Prisma } from '@/lib/generated/prisma/client';
import type { StatusDisposisi } from '@/lib/generated/prisma/enums';

export interface DisposisiTerlambat {
  id: string;
  status: StatusDisposisi;
  batasWaktu: Date;
  kepada: string;
  naskahId: string;
  perihal: string;
}

/**
 * Disposisi the actor's post gave that are past their deadline and not done, oldest deadline
 * first: the giver's follow-up list ("terlambat" is derived, never stored). `setelah`: only the
 * rows after that cursor.
 * One statement that reads a range of the partial index on open recipients by giver (migration
 * penerima_disposisi_pemberi), so its time follows the giver's unfinished work, not the history.
 * SQL rather than the query builder because the index's predicate only matches literal statuses.
 */
export async function listDisposisiTerlambat(
  actor: Actor,
  now = new Date(),
  { take = BARIS_PER_HALAMAN, setelah = null }: { take?: number; setelah?: DisposisiTerlambatKursor | null } = {},
): Promise<DisposisiTerlambat[]> {
  assertCan(actor, 'disposisi.give');
  return queryRows<DisposisiTerlambat>(disposisiTerlambatSql(actor.activePost!.jabatanId, now, take, setelah));
}

/** One page of the overdue list after the URL's cursor (`?setelah=`), and the next page's cursor. */
export async function halamanDisposisiTerlambat(actor: Actor, setelah: string | undefined, now = new Date()) {
  const rows = await listDisposisiTerlambat(actor, now, { take: BARIS_PER_HALAMAN + 1, setelah: decodeDisposisiTerlambatKursor(setelah) });
  const shown = rows.slice(0, BARIS_PER_HALAMAN);
  const last = shown.at(-1);
  const nextCursor = rows.length > shown.length && last ? encodeDisposisiTerlambatKursor({ b: last.batasWaktu.toISOString(), id: last.id }) : null;
  return { rows: shown, nextCursor };
}

/**
 * What the Disposisi page shows of the overdue list: the TERLAMBAT_RINGKAS with the oldest deadline,
 * and whether there are more (then it links to the whole list). One more row is read to know.
 */
export async function ringkasDisposisiTerlambat(actor: Actor, now = new Date()): Promise<{ rows: DisposisiTerlambat[]; adaLagi: boolean }> {
  const rows = await listDisposisiTerlambat(actor, now, { take: TERLAMBAT_RINGKAS + 1 });
  return { rows: rows.slice(0, TERLAMBAT_RINGKAS), adaLagi: rows.length > TERLAMBAT_RINGKAS };
}

/**
 * The statement, exported so bench/prepared-statements.ts times what the page runs. Prepared: one
 * giver's range of the partial index whatever the giver; the LIMIT is written into the text
 * (limitLiteral). After a cursor the range starts past it, so a later page reads as few rows as the first.
 */
export function disposisiTerlambatSql(jabatanId: string, now: Date, take: number, setelah: DisposisiTerlambatKursor | null = null): Prisma.Sql {
  const sesudah = setelah ? Prisma.sql`AND (p."batasWaktu", p.id) > (${new Date(setelah.b)}, ${setelah.id}::uuid)` : Prisma.empty;
  return Prisma.sql`/* prepared */
    SELECT p.id, p.status, p."batasWaktu", j.nama AS kepada, n.id AS "naskahId", n.perihal
    FROM "PenerimaDisposisi" p
    JOIN "Disposisi" d ON d.id = p."disposisiId"
    JOIN "Jabatan" j ON j.id = p."jabatanId"
    JOIN "Naskah" n ON n.id = d."naskahId"
    WHERE p."dariJabatanId" = ${jabatanId}::uuid
      AND p.status IN ('BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI')
      AND p."batasWaktu" IS NOT NULL AND p."batasWaktu" < ${now}
      ${sesudah}
      AND d."ditarikAt" IS NULL
    ORDER BY p."batasWaktu", p.id
    ${limitLiteral(take)}`;
}
