import { prisma } from '@/lib/db';
import { limitLiteral } from '@/lib/db/statement-name';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
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
 * first within a status: one range of the index (jabatanId, status, createdAt desc). Raw SQL: Prisma
 * spent more of the server's CPU on its nested select than PostgreSQL spent on the rows.
 */
export async function listDisposisiMasuk(actor: Actor, { take = 50 }: { take?: number } = {}) {
  assertCan(actor, 'disposisi.receive');
  return prisma.$queryRaw<Row[]>(disposisiMasukSql(actor.activePost!.jabatanId, take));
}

/**
 * The statement, exported so bench/prepared-statements.ts times what the page runs. Prepared: one
 * post's range of one index whatever the post; the LIMIT is written into the text (limitLiteral).
 */
export function disposisiMasukSql(jabatanId: string, take: number): Prisma.Sql {
  return Prisma.sql`/* prepared */
    SELECT p.id, p.status, p."batasWaktu", p."createdAt" AS diterima, dj.nama AS dari, d.instruksi,
      n.id AS "naskahId", n.perihal, n.nomor
    FROM "PenerimaDisposisi" p
    JOIN "Disposisi" d ON d.id = p."disposisiId"
    JOIN "Jabatan" dj ON dj.id = d."dariJabatanId"
    JOIN "Naskah" n ON n.id = d."naskahId"
    WHERE p."jabatanId" = ${jabatanId}::uuid AND p.status <> 'DITARIK'
    ORDER BY p.status, p."createdAt" DESC, p.id
    ${limitLiteral(take)}`;
}
