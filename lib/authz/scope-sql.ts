// The SQL twins of lib/authz/scope.ts, for queries Prisma cannot write (full-text search) and for the
// hot reads where Prisma cost the server more than the query (the inbox, a letter's head, the
// counts): they render the same rules, so a letter hidden from a list is hidden from search too,
// inside the query (never filtered after it, so it cannot count or highlight). The integration tests
// tests/integration/cari/rahasia.test.ts and tests/integration/authz/naskah-visible-sql.test.ts
// check them against the Prisma scopes.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from './actor';
import { opdIdsWithRole } from './policy';
import { KLASIFIKASI_TERBATAS, aturanPembaca, readablePostIds } from './scope';

const NONE = '00000000-0000-0000-0000-000000000000';

function uuidArray(ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`${ids.length > 0 ? [...ids] : [NONE]}::uuid[]`;
}

/** `n` is not Rahasia / Sangat Rahasia (bukanTerbatas). */
export function bukanTerbatasSql(n: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${n}."klasifikasiKeamanan"::text <> ALL (${[...KLASIFIKASI_TERBATAS]}::text[])`;
}

/**
 * naskahReadableScope for the naskah row aliased `alias`: everything the actor may open, in any
 * state. The alias is code, never input. The reader columns are GIN-indexed, so PostgreSQL combines
 * this condition with the word index (a BitmapAnd) instead of checking each match.
 */
export function naskahReadableSql(actor: Actor, alias: string): Prisma.Sql {
  const n = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  const a = aturanPembaca(actor);
  const wakilSql =
    a.wakil.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${n}."deliveryJabatanIds" && ${uuidArray(a.wakil)} AND ${bukanTerbatasSql(n)})`;
  const pencatatSql =
    a.pencatatOpds.length === 0
      ? Prisma.sql`FALSE`
      : Prisma.sql`(${n}."sumber" = 'EKSTERNAL' AND ${n}."opdId" = ANY (${uuidArray(a.pencatatOpds)}) AND ${bukanTerbatasSql(n)})`;
  return Prisma.sql`(
    ${diInstansiSql(a.instansiId, n)}
    AND (
      ${n}."pembacaJabatanIds" && ${uuidArray(a.pembaca)}
      -- The sekretaris sees the pimpinan's letters, but not the secret ones.
      OR ${wakilSql}
      OR ${pencatatSql}
    )
  )`;
}

/**
 * naskahVisibleScope for the naskah row aliased `alias`, arm for arm: delivered to the acting post;
 * delivered to the superior the sekretaris stands in for (not Rahasia / Sangat Rahasia); disposed to
 * the post and not withdrawn; disposed by it; or, for the pencatat, registered in their OPD (not
 * Rahasia / Sangat Rahasia). tests/integration/authz/naskah-visible-sql.test.ts holds it to the
 * Prisma scope for every role.
 */
export function naskahVisibleSql(actor: Actor, alias: string): Prisma.Sql {
  const n = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  const own = uuidArray(actor.activePost ? [actor.activePost.jabatanId] : []);
  const pencatatOpds = opdIdsWithRole(actor, 'suratMasuk.register');
  const pencatatSql =
    pencatatOpds === 'ALL' ? Prisma.sql`FALSE` : Prisma.sql`(${n}."sumber" = 'EKSTERNAL' AND ${n}."opdId" = ANY (${uuidArray(pencatatOpds)}) AND ${bukanTerbatasSql(n)})`;
  return Prisma.sql`(
    ${diInstansiSql(actor.instansiId, n)}
    AND (
      ${n}."deliveryJabatanIds" && ${own}
      OR (${n}."deliveryJabatanIds" && ${uuidArray(readablePostIds(actor))} AND ${bukanTerbatasSql(n)})
      OR EXISTS (SELECT 1 FROM "Disposisi" vd JOIN "PenerimaDisposisi" vp ON vp."disposisiId" = vd.id
                 WHERE vd."naskahId" = ${n}.id AND vp."jabatanId" = ANY (${own}) AND vp."status" <> 'DITARIK')
      OR EXISTS (SELECT 1 FROM "Disposisi" vd WHERE vd."naskahId" = ${n}.id AND vd."dariJabatanId" = ANY (${own}))
      OR ${pencatatSql}
    )
  )`;
}

/** `n` belongs to one of the instansi's OPDs. */
function diInstansiSql(instansiId: string, n: Prisma.Sql): Prisma.Sql {
  // An array computed once, not EXISTS (the planner must not drive the search from the instansi's
  // OPDs) nor a scalar subquery per row (estimated to keep 0.5% of rows, which hid from the planner
  // that a common word is best read along the date index).
  return Prisma.sql`${n}."opdId" = ANY (ARRAY(SELECT o.id FROM "Opd" o WHERE o."instansiId" = ${instansiId}::uuid))`;
}

/** The readers' rows an actor walks (`dari`, a FROM item aliased as asked) and the rule on them and the naskah (`syarat`). */
export interface JalanPembaca {
  dari: Prisma.Sql;
  syarat: Prisma.Sql;
}

/**
 * The same rule as naskahReadableSql as a walk of the readers table NaskahPembaca (aliased `p`, one
 * row per post in pembacaJabatanIds) joined to the naskah aliased `n`. The rows are keyed (jabatanId,
 * tanggal, naskahId), so a post's letters are read newest first. The acting post's rows are all
 * readable. A sekretaris also walks the superior's rows (wakil), merged in the same order, keeping
 * the letters delivered there that are not Rahasia / Sangat Rahasia and that the acting post does
 * not read already (so no letter comes twice). Null for a pencatat (the register is not kept under a
 * post) and for an actor without a post.
 */
export function naskahReadableLewatPembacaSql(actor: Actor, pAlias: string, nAlias: string): JalanPembaca | null {
  const a = aturanPembaca(actor);
  if (a.pembaca.length !== 1 || a.pencatatOpds.length > 0) return null;
  const p = Prisma.raw(`"${pAlias.replace(/"/g, '')}"`);
  const n = Prisma.raw(`"${nAlias.replace(/"/g, '')}"`);
  const instansi = diInstansiSql(a.instansiId, n);
  if (a.wakil.length === 0) return { dari: Prisma.sql`"NaskahPembaca" ${p}`, syarat: Prisma.sql`(${p}."jabatanId" = ${a.pembaca[0]}::uuid AND ${instansi})` };
  const posts = [a.pembaca[0]!, ...a.wakil];
  // Each post's rows in key order: PostgreSQL merges them (Merge Append) and stops with the walk.
  const dari = Prisma.sql`(${Prisma.join(
    posts.map((jabatanId, jalan) => Prisma.sql`(SELECT r."naskahId", r."tanggal", ${jalan}::int AS jalan FROM "NaskahPembaca" r WHERE r."jabatanId" = ${jabatanId}::uuid ORDER BY r."tanggal" DESC, r."naskahId" DESC)`),
    ' UNION ALL ',
  )}) ${p}`;
  const wakil = a.wakil.map(
    (jabatanId, i) => Prisma.sql`(${p}.jalan = ${i + 1}::int AND ${n}."deliveryJabatanIds" && ${uuidArray([jabatanId])} AND ${bukanTerbatasSql(n)}
      AND NOT coalesce(${n}."pembacaJabatanIds" && ${uuidArray(a.pembaca)}, false)
      AND NOT coalesce(${n}."deliveryJabatanIds" && ${uuidArray(a.wakil.slice(0, i))}, false))`,
  );
  return { dari, syarat: Prisma.sql`(${instansi} AND (${p}.jalan = 0 OR ${Prisma.join(wakil, ' OR ')}))` };
}

/** Disposisi whose catatan the actor may read: given by the post, or to it and not withdrawn. */
export function disposisiReadableSql(actor: Actor, alias: string): Prisma.Sql {
  const ds = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  const own = uuidArray(actor.activePost ? [actor.activePost.jabatanId] : []);
  return Prisma.sql`(${ds}."dariJabatanId" = ANY (${own})
    OR EXISTS (SELECT 1 FROM "PenerimaDisposisi" pd WHERE pd."disposisiId" = ${ds}.id AND pd."jabatanId" = ANY (${own}) AND pd."status" <> 'DITARIK'))`;
}

/** notifikasiScope for the notifikasi row aliased `alias`: a person's own notifications only. */
export function notifikasiMilikSql(actor: Actor, alias: string): Prisma.Sql {
  const n = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  return Prisma.sql`${n}."pegawaiId" = ${actor.pegawaiId}::uuid`;
}

/** The inbox: deliveries (row aliased `alias`) to the post the actor acts as; none without a post. */
export function inboxMilikSql(actor: Actor, alias: string): Prisma.Sql {
  const d = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  return actor.activePost ? Prisma.sql`${d}."jabatanId" = ${actor.activePost.jabatanId}::uuid` : Prisma.sql`FALSE`;
}
