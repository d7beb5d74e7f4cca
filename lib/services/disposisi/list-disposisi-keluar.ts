import { queryRows } from '@/lib/db/query-rows';
import { limitLiteral } from '@/lib/db/statement-name';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import { decodeDisposisiKeluarKursor, encodeDisposisiKeluarKursor, type DisposisiKeluarKursor } from '@/lib/domain/disposisi/keluar-cursor';
import { Prisma, type StatusDisposisi } from '@/lib/generated/prisma/client';

export interface DisposisiKeluar {
  id: string;
  naskahId: string;
  perihal: string;
  nomor: string | null;
  instruksi: string[];
  batasWaktu: Date | null;
  diberikan: Date;
  ditarikAt: Date | null;
  /** Each recipient post and how far it got, as the letter's timeline names them. */
  penerima: { nama: string; status: StatusDisposisi; batasWaktu: string | null }[];
}

/**
 * One page of the disposisi the post the actor acts as gave, newest first (`?setelah=`: after that
 * cursor), with each recipient's state: the giver's own record of what they sent and to whom, where
 * /disposisi lists only the overdue ones. A Plt./Plh. sees what the post gave, as they act for it.
 */
export async function halamanDisposisiKeluar(actor: Actor, setelah: string | undefined) {
  assertCan(actor, 'disposisi.give');
  const rows = await queryRows<DisposisiKeluar>(disposisiKeluarSql(actor.activePost!.jabatanId, BARIS_PER_HALAMAN + 1, decodeDisposisiKeluarKursor(setelah)));
  const shown = rows.slice(0, BARIS_PER_HALAMAN);
  const last = shown.at(-1);
  const nextCursor = rows.length > shown.length && last ? encodeDisposisiKeluarKursor({ c: last.diberikan.toISOString(), id: last.id }) : null;
  return { rows: shown, nextCursor };
}

/**
 * Prepared: one post's range of the (dariJabatanId, createdAt desc) index, stopping at the page's
 * size after the cursor, so the page costs the same for a pimpinan with a million past disposisi.
 */
export function disposisiKeluarSql(jabatanId: string, take: number, setelah: DisposisiKeluarKursor | null = null): Prisma.Sql {
  const sesudah = setelah ? Prisma.sql`AND (d."createdAt", d.id) < (${new Date(setelah.c)}, ${setelah.id}::uuid)` : Prisma.empty;
  return Prisma.sql`/* prepared */
    WITH halaman AS (
      SELECT d.id, d."naskahId", d.instruksi, d."batasWaktu", d."createdAt", d."ditarikAt" FROM "Disposisi" d
      WHERE d."dariJabatanId" = ${jabatanId}::uuid ${sesudah}
      ORDER BY d."createdAt" DESC, d.id DESC
      ${limitLiteral(take)})
    SELECT h.id, h."naskahId", n.perihal, n.nomor, h.instruksi, h."batasWaktu", h."createdAt" AS diberikan, h."ditarikAt",
      (SELECT coalesce(json_agg(json_build_object('nama', j.nama, 'status', p.status, 'batasWaktu', p."batasWaktu") ORDER BY j.level, j.nama, j.id), '[]'::json)
       FROM "PenerimaDisposisi" p JOIN "Jabatan" j ON j.id = p."jabatanId" WHERE p."disposisiId" = h.id) AS penerima
    FROM halaman h JOIN "Naskah" n ON n.id = h."naskahId"
    ORDER BY h."createdAt" DESC, h.id DESC`;
}
