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

/**
 * Ids as `ARRAY[$1::uuid, ...]`, not one array parameter: the number of ids is then in the text, and a
 * prepared statement's generic plan costs `= ANY (...)` and `&&` for that many. An array parameter is
 * guessed at ten elements, ten index descents per subquery, which made the letter head's generic plan
 * look three times dearer than its custom ones, so PostgreSQL planned it afresh on every run. A plan
 * made for known values is the same either way (the list folds into one constant).
 */
export function uuidArray(ids: readonly string[]): Prisma.Sql {
  const list = ids.length > 0 ? ids : [NONE];
  return Prisma.sql`ARRAY[${Prisma.join(list.map((id) => Prisma.sql`${id}::uuid`))}]`;
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
  // A post a letter was delivered to is one of its readers (eoffice_pembaca, migration cari_pembaca),
  // so a sekretaris's letters all name their post or the pimpinan's in pembacaJabatanIds: said once
  // more on that column alone, the condition reaches the index of (words, readers). Only the OR
  // before, so the search took every letter holding the words and checked each: "pengelolaan
  // sampah" visited 52,753 letters at 1M for a sekretaris's 9,536 (192 ms). A pencatat's register
  // is not in that column.
  const cakupanPembaca =
    a.wakil.length > 0 && a.pencatatOpds.length === 0 ? Prisma.sql`AND ${n}."pembacaJabatanIds" && ${uuidArray([...a.pembaca, ...a.wakil])}` : Prisma.empty;
  return Prisma.sql`(
    ${diInstansiSql(a.instansiId, n)}
    ${cakupanPembaca}
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

/**
 * One walk of an actor's letters newest first: the rows it reads (`dari`, the naskah aliased `n`
 * in it), the rule on them (`syarat`), the search date (`tanggal`) and the order an index gives
 * (`urutan`).
 */
export interface JalanBaca {
  /** Walks an OPD's register (Naskah_register_tanggal_idx) rather than a post's readers. */
  register: boolean;
  dari: Prisma.Sql;
  syarat: Prisma.Sql;
  tanggal: Prisma.Sql;
  urutan: Prisma.Sql;
}

/**
 * A condition that is always true but volatile, on a walk's letter (aliased `n`): PostgreSQL never
 * puts a Memoize node (a cache of inner rows by key) over a relation with a volatile condition. On a
 * short walk (a page of the newest matches) it chose one over each reader row's visit to its letter,
 * and the cache cost 0.2-0.5 ms a row: a Sekretaris's newest-first search took 19-20 ms instead of
 * 1 ms (1M letters). `n.id` is never null, so random() is never called.
 */
function tanpaMemoize(n: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${n}.id IS NOT NULL OR random() < 0)`;
}

/**
 * The same rule as naskahReadableSql as walks that each read letters newest first, along an index:
 * the readers table NaskahPembaca (aliased `p`, one row per post in pembacaJabatanIds, keyed
 * jabatanId, tanggal, naskahId) for the acting post, whose rows are all readable, and for the
 * superior a sekretaris reads for (wakil), keeping the letters delivered there that are not Rahasia /
 * Sangat Rahasia; and for a pencatat the register of each OPD they keep (Naskah_register_tanggal_idx),
 * keeping the letters that are not Rahasia / Sangat Rahasia. A letter an earlier walk reads is left
 * out of the later ones, so none comes twice. Null for an actor without a post.
 */
export function naskahReadableLewatPembacaSql(actor: Actor, pAlias: string, nAlias: string): JalanBaca[] | null {
  const a = aturanPembaca(actor);
  if (a.pembaca.length !== 1) return null;
  const p = Prisma.raw(`"${pAlias.replace(/"/g, '')}"`);
  const n = Prisma.raw(`"${nAlias.replace(/"/g, '')}"`);
  const instansi = diInstansiSql(a.instansiId, n);
  // Each reader row visits its letter by primary key, in the index's order, so the walk stops at its
  // LIMIT: the subquery with OFFSET 0 cannot be flattened into a join. Joined, PostgreSQL hashed all
  // 11,000 letters at 10k (a prefix word's share guessed too low: 9.4 of 17.5 ms, twice 1M's 7.7).
  // tanpaMemoize: each reader row names another letter, so a cache of visited letters only costs.
  const pembaca = (syarat: Prisma.Sql): JalanBaca => ({
    register: false,
    dari: Prisma.sql`"NaskahPembaca" ${p} CROSS JOIN LATERAL (SELECT * FROM "Naskah" WHERE "Naskah".id = ${p}."naskahId" OFFSET 0) ${n}`,
    syarat: Prisma.sql`${syarat} AND ${tanpaMemoize(n)}`,
    tanggal: Prisma.sql`${p}."tanggal"`,
    urutan: Prisma.sql`${p}."tanggal" DESC, ${p}."naskahId" DESC`,
  });
  const milikSendiri = Prisma.sql`coalesce(${n}."pembacaJabatanIds" && ${uuidArray(a.pembaca)}, false)`;
  const lewatWakil = (wakil: string[]) => Prisma.sql`coalesce(${n}."deliveryJabatanIds" && ${uuidArray(wakil)}, false)`;
  // The register's date is the index's expression, written as the index writes it.
  const tanggalRegister = Prisma.sql`coalesce(${n}."tanggalNaskah"::timestamp, ${n}."tanggalDiterima", ${n}."createdAt")`;
  return [
    pembaca(Prisma.sql`(${p}."jabatanId" = ${a.pembaca[0]}::uuid AND ${instansi})`),
    ...a.wakil.map((wakil, i) =>
      pembaca(Prisma.sql`(${p}."jabatanId" = ${wakil}::uuid AND ${instansi}
        AND ${lewatWakil([wakil])} AND ${bukanTerbatasSql(n)} AND NOT ${milikSendiri} AND NOT ${lewatWakil(a.wakil.slice(0, i))})`),
    ),
    ...a.pencatatOpds.map((opdId) => ({
      register: true,
      dari: Prisma.sql`"Naskah" ${n}`,
      syarat: Prisma.sql`(${n}."opdId" = ${opdId}::uuid AND ${n}."sumber" = 'EKSTERNAL' AND ${instansi}
        AND ${bukanTerbatasSql(n)} AND NOT ${milikSendiri} AND NOT ${lewatWakil(a.wakil)})`,
      tanggal: tanggalRegister,
      urutan: Prisma.sql`${tanggalRegister} DESC, ${n}.id DESC`,
    })),
  ];
}

/**
 * Who reads a recipient row's disposisi catatan (its recipient unless withdrawn, and the giver) and a
 * tindak lanjut report (its writer's post and the giver's), for the row aliased `x` and the actor's
 * post `post`: one condition per index of (post, time), so a search walks each (cari-surat.ts).
 */
export const PEMBACA_CATATAN = {
  PenerimaDisposisi: [(x: Prisma.Sql, post: Prisma.Sql) => Prisma.sql`${x}."jabatanId" = ${post} AND ${x}."status" <> 'DITARIK'`, (x: Prisma.Sql, post: Prisma.Sql) => Prisma.sql`${x}."dariJabatanId" = ${post}`],
  TindakLanjut: [(x: Prisma.Sql, post: Prisma.Sql) => Prisma.sql`${x}."jabatanId" = ${post}`, (x: Prisma.Sql, post: Prisma.Sql) => Prisma.sql`${x}."dariJabatanId" = ${post}`],
} as const;

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
