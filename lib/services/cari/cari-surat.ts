import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { PEMBACA_CATATAN, naskahReadableLewatPembacaSql, naskahReadableSql, type JalanBaca } from '@/lib/authz/scope-sql';
import { adaPermintaan, type CariFilter } from '@/lib/domain/cari/filter';
import { tautanHasil, type PeranCari, type SumberCatatan } from '@/lib/domain/cari/hasil';
import { CUPLIKAN_PANJANG, CUPLIKAN_SEBELUM, cuplikanDari, polaCuplikan, tandaiKata, type Segmen } from '@/lib/domain/cari/highlight';
import { CARI_CONTOH, CARI_MAX_KANDIDAT, CARI_PER_HALAMAN, caraBacaCatatan, entriKata, jalanMenurutContoh, pilihJalan, polaMengandung, rencanaCari, type CaraBacaCatatan, type CaraJalan } from '@/lib/domain/cari/query';
import { dayEndWib, dayStartWib } from '@/lib/domain/surat-masuk/inbox-query';
import type { TanggalTampil } from '@/lib/domain/tanggal';
import { Prisma } from '@/lib/generated/prisma/client';
import { statistikKataTabel, statistikPembaca } from './statistik-kata';
import type { DerajatKecepatan, JenisNaskah, KlasifikasiKeamanan, StatusNaskah, SumberNaskah } from '@/lib/generated/prisma/enums';

export interface HasilCari {
  id: string;
  tautan: string;
  sumber: SumberNaskah;
  jenis: JenisNaskah | null;
  status: StatusNaskah;
  nomor: Segmen[];
  perihal: Segmen[];
  pihak: Segmen[];
  cuplikan: Segmen[];
  /** Found through the actor's disposisi catatan or tindak lanjut: the newest matching one, marked. */
  catatan: { sumber: SumberCatatan; teks: Segmen[] } | null;
  /** The letter's own date (a calendar day) when it has one, else when it was received or made. */
  tanggal: TanggalTampil;
  derajatKecepatan: DerajatKecepatan;
  klasifikasiKeamanan: KlasifikasiKeamanan;
}

interface Row {
  id: string;
  sumber: SumberNaskah;
  jenis: JenisNaskah | null;
  status: StatusNaskah;
  nomor: string | null;
  perihal: string;
  pihak: string | null;
  tanggal: Date;
  /** tanggal is the date-only tanggalNaskah (TANGGAL's first choice). */
  tanggalHariSaja: boolean;
  derajatKecepatan: DerajatKecepatan;
  klasifikasiKeamanan: KlasifikasiKeamanan;
  peran: PeranCari;
  /** The cut of the letter's text its snippet is made from (eoffice_potongan_cuplikan), and where it starts. */
  cuplikan: string | null;
  cuplikanAwal: number | null;
  cuplikanLanjut: boolean | null;
}

const TANGGAL = Prisma.sql`coalesce(n."tanggalNaskah"::timestamp, n."tanggalDiterima", n."createdAt")`;

/** A tsquery text of rencanaCari (the whole search or some of its parts) as the search documents store words. */
function tsquery(teks: string): Prisma.Sql {
  return Prisma.sql`to_tsquery('simple'::regconfig, eoffice_unaccent(${teks}))`;
}

/** The words as a tsquery, or null when the search has none (only a number fragment, or nothing). */
function tsquerySql(filter: CariFilter): Prisma.Sql | null {
  const rencana = rencanaCari(filter.q ?? '');
  return rencana.tsquery ? tsquery(rencana.tsquery) : null;
}

/**
 * A walked letter (aliased `n`) matches by its own words, and a number fragment also anywhere in its
 * number: what the indexes match (`n."cari" @@` or the trigram ILIKE), tested row by row. With
 * ts_match_vq, which no index serves: see cariSuratSql. The search's walks and its sample
 * (contohJalanSql) test the same.
 */
function cocokBarisSql(filter: CariFilter, tsq: Prisma.Sql): Prisma.Sql {
  const { nomorFragmen } = rencanaCari(filter.q ?? '');
  const kata = Prisma.sql`ts_match_vq(n."cari", ${tsq})`;
  return nomorFragmen ? Prisma.sql`(${kata} OR n."nomor" ILIKE ${polaMengandung(nomorFragmen)})` : kata;
}

/**
 * The letters whose disposisi catatan or tindak lanjut the actor may read hold the words: the
 * disposisi the actor's post gave, and received unless withdrawn, and the reports on them (a report
 * is read by its writer's post and the giver's). Recipient rows and reports carry their letter,
 * words and readers (migration cari_catatan), so there are four walks, each one post's newest
 * `maxKandidat` matches along an index of (post, time). How each table is read (`cara`) is chosen
 * from its words' statistics (caraBacaCatatan): a common word walks the post's index and stops after
 * a few hundred rows (matched with ts_match_vq, which no index serves: PostgreSQL guesses a prefix
 * word's share far too low, 2% for "arahan:*" in 30% of reports, and took the GIN way); a rarer one
 * takes the words' GIN index, ANDed with the post's index, or when its rarest part has few rows,
 * that part alone (fenced with OFFSET 0: the planner ANDed a Kepala Dinas's 200,000 rows), its rows
 * then checked against the post and the whole search one by one.
 * Before, a word in most reports fetched every matching report of every office: 20-29 s at 1M.
 * The letters of the newest matching rows, at most `maxKandidat` (CARI_MAX_KANDIDAT): the search
 * ranks no more. Its own statement, run before the search (cariLain): inside the search it took most
 * of the search's planning, and it usually finds nothing, so the search then carries no catatan
 * branch at all. `berbatas` (on unless a test compares): the merged walks stop early (below); the
 * same letters either way.
 */
export function cariLainSql(
  actor: Actor,
  filter: CariFilter,
  {
    cara = { penerima: { cara: 'indeks' }, laporan: { cara: 'indeks' } },
    maxKandidat = CARI_MAX_KANDIDAT,
    berbatas = true,
  }: { cara?: Record<'penerima' | 'laporan', CaraBacaCatatan>; maxKandidat?: number; berbatas?: boolean } = {},
): Prisma.Sql | null {
  const tsq = tsquerySql(filter);
  if (!tsq || !actor.activePost) return null;
  const post = Prisma.sql`${actor.activePost.jabatanId}::uuid`;
  const x = Prisma.raw('x');
  // `langka`: the rarest part's rows are gathered from the GIN index once per table (a CTE), and each
  // reader condition's walk checks those: gathered in each walk, a prefix of many desa names
  // ("tanah:*", 6,000 rows of each table at 1M) was fetched four times (42 ms).
  const terkumpul = (tabel: keyof typeof PEMBACA_CATATAN) => Prisma.raw(`"langka_${tabel}"`);
  const kumpulan = (tabel: keyof typeof PEMBACA_CATATAN, c: CaraBacaCatatan) =>
    c.cara === 'langka'
      ? [Prisma.sql`${terkumpul(tabel)} AS MATERIALIZED (SELECT * FROM ${Prisma.raw(`"${tabel}"`)} WHERE "cari" @@ ${c.bagian ? tsquery(c.bagian) : tsq})`]
      : [];
  const walk = (tabel: keyof typeof PEMBACA_CATATAN, pembaca: Prisma.Sql, c: CaraBacaCatatan) => {
    const dari = c.cara === 'langka' ? terkumpul(tabel) : Prisma.raw(`"${tabel}"`);
    const cocok = c.cara === 'indeks' ? Prisma.sql`x."cari" @@ ${tsq}` : Prisma.sql`ts_match_vq(x."cari", ${tsq})`;
    return Prisma.sql`(SELECT x."naskahId", x."createdAt" AS waktu FROM ${dari} x
      WHERE ${pembaca} AND ${cocok}
      ORDER BY x."createdAt" DESC LIMIT ${maxKandidat})`;
  };
  // The four walks merged newest first (a Merge Append: each comes in time order) stop after twice
  // the cap's rows; when those hold `maxKandidat` different letters, they are the newest (a letter's
  // first row in that order is its newest). Otherwise (a post that gives each letter to many, so its
  // rows repeat letters) a branch PostgreSQL runs only then reads the walks whole. Each walked to its
  // own cap before: a kabid's common catatan word read 1,600 rows for 400 letters (16-21 ms at 1M,
  // 6-9 merged).
  const walks = Prisma.join(
    [
      ...PEMBACA_CATATAN.PenerimaDisposisi.map((pembaca) => walk('PenerimaDisposisi', pembaca(x, post), cara.penerima)),
      ...PEMBACA_CATATAN.TindakLanjut.map((pembaca) => walk('TindakLanjut', pembaca(x, post), cara.laporan)),
    ],
    ' UNION ALL ',
  );
  const ctes = [...kumpulan('PenerimaDisposisi', cara.penerima), ...kumpulan('TindakLanjut', cara.laporan)];
  const surat = (dari: Prisma.Sql, syarat?: Prisma.Sql) =>
    Prisma.sql`SELECT m."naskahId" AS id, max(m.waktu) AS waktu FROM ${dari} m ${syarat ? Prisma.sql`WHERE ${syarat}` : Prisma.empty} GROUP BY m."naskahId"`;
  const terbaru = Prisma.sql`ORDER BY r.waktu DESC LIMIT ${maxKandidat}`;
  // Only when both tables are walked: a rare word's rows come from the indexes and are sorted
  // anyway, where the merge only added its own work (+0.5 ms for "undangan", rare in catatan).
  if (!berbatas || cara.penerima.cara !== 'jalan' || cara.laporan.cara !== 'jalan') return Prisma.sql`${ctes.length > 0 ? Prisma.sql`WITH ${Prisma.join(ctes, ', ')}` : Prisma.empty} SELECT r.id FROM (${surat(Prisma.sql`(${walks})`)}) r ${terbaru}`;
  const cukup = Prisma.sql`(SELECT count(DISTINCT u."naskahId") FROM urut u) >= ${maxKandidat}`;
  const urut = Prisma.sql`urut AS MATERIALIZED (SELECT m."naskahId", m.waktu FROM (${walks}) m ORDER BY m.waktu DESC LIMIT ${2 * maxKandidat})`;
  return Prisma.sql`WITH ${Prisma.join([...ctes, urut], ', ')}
    SELECT r.id FROM (${surat(Prisma.raw('urut'), cukup)} UNION ALL ${surat(Prisma.sql`(${walks})`, Prisma.sql`NOT ${cukup}`)}) r
    ${terbaru}`;
}

/** cariLainSql with each table read as its statistics suggest: what cariLain runs (and bench:search explains). */
export async function susunCariLain(actor: Actor, filter: CariFilter): Promise<Prisma.Sql | null> {
  const { bagian } = rencanaCari(filter.q ?? '');
  const [penerima, laporan] = await Promise.all([statistikKataTabel('PenerimaDisposisi'), statistikKataTabel('TindakLanjut')]);
  const cara = { penerima: caraBacaCatatan(bagian, penerima.kata, penerima.baris), laporan: caraBacaCatatan(bagian, laporan.kata, laporan.baris) };
  return cariLainSql(actor, filter, { cara });
}

/** The ids cariLainSql finds (none for a search without words). */
export async function cariLain(actor: Actor, filter: CariFilter): Promise<string[]> {
  const query = await susunCariLain(actor, filter);
  return query ? (await queryRows<{ id: string }>(query)).map((r) => r.id) : [];
}

/**
 * For letters found through catatan or reports (`ids`, a page's worth): the newest disposisi catatan
 * or report the actor may read that holds the words, so the result can say why it matched (its own
 * text may not hold them). Reached from each letter's disposisi (Disposisi_naskahId_idx), a handful
 * of rows each.
 */
async function catatanCocok(actor: Actor, filter: CariFilter, ids: readonly string[]): Promise<Map<string, { sumber: SumberCatatan; teks: string }>> {
  const tsq = tsquerySql(filter);
  if (!tsq || !actor.activePost || ids.length === 0) return new Map();
  const post = Prisma.sql`${actor.activePost.jabatanId}::uuid`;
  const dibaca = (tabel: keyof typeof PEMBACA_CATATAN, x: Prisma.Sql) => Prisma.join(PEMBACA_CATATAN[tabel].map((pembaca) => Prisma.sql`(${pembaca(x, post)})`), ' OR ');
  const [pd, t] = [Prisma.raw('pd'), Prisma.raw('t')];
  const rows = await queryRows<{ id: string; sumber: SumberCatatan; teks: string }>(Prisma.sql`
    SELECT DISTINCT ON (c.id) c.id, c.sumber, c.teks FROM (
      SELECT ds."naskahId" AS id, 'DISPOSISI' AS sumber, ds."catatan" AS teks, pd."createdAt" AS waktu
      FROM "Disposisi" ds JOIN "PenerimaDisposisi" pd ON pd."disposisiId" = ds.id
      WHERE ds."naskahId" = ANY (${[...ids]}::uuid[]) AND (${dibaca('PenerimaDisposisi', pd)}) AND ts_match_vq(pd."cari", ${tsq})
      UNION ALL
      SELECT ds."naskahId", 'LAPORAN', t."catatan", t."createdAt"
      FROM "Disposisi" ds JOIN "PenerimaDisposisi" pd ON pd."disposisiId" = ds.id JOIN "TindakLanjut" t ON t."penerimaDisposisiId" = pd.id
      WHERE ds."naskahId" = ANY (${[...ids]}::uuid[]) AND (${dibaca('TindakLanjut', t)}) AND ts_match_vq(t."cari", ${tsq})
    ) c
    ORDER BY c.id, c.waktu DESC`);
  return new Map(rows.map((r) => [r.id, { sumber: r.sumber, teks: r.teks }]));
}

function catatanTertanda(c: { sumber: SumberCatatan; teks: string } | undefined, kata: readonly string[]): HasilCari['catatan'] {
  return c ? { sumber: c.sumber, teks: tandaiKata(c.teks, kata) } : null;
}

/** The search page's filters (jenis, status, kecepatan, keamanan, klasifikasi, dates) on the naskah aliased `n`. */
function saringanSql(actor: Actor, filter: CariFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter.jenis) where.push(Prisma.sql`n."jenis" = ${filter.jenis}::"JenisNaskah"`);
  if (filter.status) where.push(Prisma.sql`n."status" = ${filter.status}::"StatusNaskah"`);
  if (filter.kecepatan) where.push(Prisma.sql`n."derajatKecepatan" = ${filter.kecepatan}::"DerajatKecepatan"`);
  if (filter.keamanan) where.push(Prisma.sql`n."klasifikasiKeamanan" = ${filter.keamanan}::"KlasifikasiKeamanan"`);
  if (filter.klasifikasi) {
    where.push(Prisma.sql`n."klasifikasiArsipId" = (SELECT k.id FROM "KlasifikasiArsip" k WHERE k."instansiId" = ${actor.instansiId}::uuid AND k.kode = ${filter.klasifikasi})`);
  }
  if (filter.dari) where.push(Prisma.sql`${TANGGAL} >= ${dayStartWib(filter.dari)}`);
  if (filter.sampai) where.push(Prisma.sql`${TANGGAL} <= ${dayEndWib(filter.sampai)}`);
  return where;
}

/**
 * The SQL of one search: exported so the benchmark times and EXPLAINs exactly what the page runs.
 * `umum`: the words are common enough (see susunCariSurat) that the actor walks their letters newest first
 * (their post's, the superior's for a sekretaris, the register for a pencatat). `lain`: the letters
 * found through catatan and tindak lanjut (cariLain). `maxKandidat`: the matches ranked
 * (CARI_MAX_KANDIDAT; a test lowers it so a handful of letters fill each walk). `semua`: the ids of
 * every ranked letter in the pages' order (cariSemuaId) instead of one page's rows.
 */
export function cariSuratSql(
  actor: Actor,
  filter: CariFilter,
  umum: boolean,
  { lain = [], maxKandidat = CARI_MAX_KANDIDAT, semua = false }: { lain?: readonly string[]; maxKandidat?: number; semua?: boolean } = {},
): Prisma.Sql {
  const rencana = rencanaCari(filter.q ?? '');
  const own = actor.activePost ? [actor.activePost.jabatanId] : ['00000000-0000-0000-0000-000000000000'];
  const tsq = tsquerySql(filter);

  // The letters whose words match: the naskah's own GIN and trigram indexes, plus the letters of
  // cariLain as one array (a value the planner sees, so the primary key joins the same bitmap). The
  // readers' index (naskahReadableSql) is then ANDed in.
  const lewatPembaca = umum && tsq ? naskahReadableLewatPembacaSql(actor, 'p', 'n') : null;
  const cocok: Prisma.Sql[] = [];
  if (tsq) cocok.push(Prisma.sql`n."cari" @@ ${tsq}`);
  if (rencana.nomorFragmen) cocok.push(Prisma.sql`n."nomor" ILIKE ${polaMengandung(rencana.nomorFragmen)}`);
  const cocokSendiri = cocok.length > 0 ? Prisma.sql`(${Prisma.join(cocok, ' OR ')})` : Prisma.sql`FALSE`;
  const lewatCatatan = tsq && lain.length > 0 ? Prisma.sql`n.id = ANY (${[...lain]}::uuid[])` : null;
  const lainSaja = Prisma.sql`(SELECT * FROM "Naskah" WHERE id = ANY (${[...lain]}::uuid[]) OFFSET 0) n`;

  const where = saringanSql(actor, filter);

  // Number and hal weigh most (weights A..D), an exact number wins outright, then the newest. Newest
  // first (urut=terbaru) ranks nothing: the candidates are then only as many as the page needs,
  // since the newest matches come first along every walk and index.
  const terbaru = filter.urut === 'terbaru';
  const skor = tsq && !terbaru ? Prisma.sql`ts_rank_cd('{0.1, 0.3, 0.6, 1.0}', k."cari", ${tsq})` : Prisma.sql`0`;
  const exact = rencana.nomorFragmen && !terbaru ? Prisma.sql`(lower(k."nomor") = lower(${rencana.nomorFragmen}))::int` : Prisma.sql`0`;
  const offset = (filter.halaman - 1) * CARI_PER_HALAMAN;
  if (terbaru && !semua) maxKandidat = Math.min(maxKandidat, offset + CARI_PER_HALAMAN + 1);

  // Ranking reads each candidate's search document, so only the newest CARI_MAX_KANDIDAT matches are
  // ranked (every page the search can show): a common word walks the date index and stops there. The
  // candidates carry their document and number, so ranking them needs no second visit to the table.
  // Through the indexes PostgreSQL misjudges a number fragment's trigram match and walked the date
  // index through 170,000 letters at 1M (1 s): ordering by an expression the index does not hold
  // makes it take the matches from the indexes and sort those.
  const urutanKandidat = rencana.nomorFragmen ? Prisma.sql`${TANGGAL} + interval '0 seconds'` : TANGGAL;
  // An actor who reads only through their own post and sees a small share of the letters (a kabid:
  // 5% at 1M) walked the date index through 36,000 letters for a common word, and the word's GIN
  // index ANDed with the readers' spent 400 ms intersecting two long lists: for a common word they
  // walk their own letters newest first instead (NaskahPembaca), a few thousand at most. Same letters,
  // same order. A rare word stays on the GIN indexes: walking it would visit all the actor's letters.
  // A sekretaris walks two posts' rows (their own and the pimpinan's deliveries), each at most to its
  // newest CARI_MAX_KANDIDAT matches, merged (jalanGabung). Each walk has its own LIMIT so
  // PostgreSQL plans it to stop early: two unlimited walks merged were planned for all their rows, so
  // without index-only scans (the rows' pages not yet all-visible, simulated at 1M) it sorted the
  // pimpinan's 212,000 rows: 2.2 s. At 1M a common word took 16.8 ms along the date index. A pencatat
  // walks their post's rows and their OPD's register (Naskah_register_tanggal_idx) the same way.
  // A walk tests each letter it passes, so the letters found through catatan are one more test.
  // Matched with ts_match_vq, which no index serves: the walk was chosen because the words are common
  // enough, and with `@@` PostgreSQL (guessing a prefix word's share far too low) took the register's
  // words through the GIN index ANDed with the OPD's 212,000 letters instead (73 ms at 1M for a word
  // in 5% of letters).
  const cocokDijalani = tsq ? cocokBarisSql(filter, tsq) : cocokSendiri;
  const cocokJalan = filter.q ? [lewatCatatan ? Prisma.sql`(${cocokDijalani} OR ${lewatCatatan})` : cocokDijalani] : [];
  const jalan = (j: JalanBaca) => Prisma.sql`
      SELECT n.id, ${j.tanggal} AS "tanggal", n."cari", n."nomor"
      FROM ${j.dari}
      WHERE ${Prisma.join([j.syarat, ...cocokJalan, ...where], ' AND ')}
      ORDER BY ${j.urutan}
      LIMIT ${maxKandidat}`;
  // Several walks (a sekretaris's own post and the pimpinan's deliveries, a pencatat's post and the
  // OPD's register) are disjoint by their conditions (naskahReadableLewatPembacaSql) and each comes in
  // date order, so PostgreSQL merges them (a Merge Append) and stops at the newest `maxKandidat`
  // matches of all: each walk reads only as far back as that date. Before, the register's or the
  // pimpinan's walk ran first to its own `maxKandidat` matches and the others stopped at its oldest
  // date: the same letters, but the first walk read up to 60% more (a sekretaris's "undangan" at 1M,
  // 13-16 -> 9-11 ms; "tanah" 35-42 -> 25-27 ms). The merge itself is a bench figure: on a test's few
  // rows PostgreSQL sorts the walks instead.
  const jalanGabung = (walks: JalanBaca[]) => Prisma.sql`
      SELECT * FROM (${Prisma.join(walks.map((j) => Prisma.sql`(${jalan(j)})`), ' UNION ALL ')}) jalan
      ORDER BY jalan."tanggal" DESC, jalan.id DESC
      LIMIT ${maxKandidat}`;
  // Through the indexes, the letters found through catatan are their own part, each read by its
  // primary key and checked (fenced with OFFSET 0): ORed into the words' bitmap, or alone, PostgreSQL
  // ANDed the 400 of them with the readers' index, a pencatat's 240,000 readable letters (14.7 of
  // 17.9 ms at 1M), a kabid's 66,000 (12.7 ms). A letter that matches by its own words is left to
  // the first part.
  const lewatIndeks = (cocokIni: Prisma.Sql, dari = Prisma.sql`"Naskah" n`) => Prisma.sql`
      SELECT n.id, ${TANGGAL} AS tanggal, n."cari", n."nomor"
      FROM ${dari}
      WHERE ${Prisma.join([naskahReadableSql(actor, 'n'), ...(filter.q ? [cocokIni] : []), ...where], ' AND ')}
      ORDER BY ${urutanKandidat} DESC, n.id DESC
      LIMIT ${maxKandidat}`;
  const kandidat = lewatPembaca
    ? lewatPembaca.length === 1
      ? jalan(lewatPembaca[0]!)
      : jalanGabung(lewatPembaca)
    : lewatCatatan
      ? Prisma.sql`
      SELECT * FROM ((${lewatIndeks(cocokSendiri)}) UNION ALL (${lewatIndeks(Prisma.sql`NOT coalesce(${cocokSendiri}, false)`, lainSaja)})) indeks
      ORDER BY indeks.tanggal DESC, indeks.id DESC
      LIMIT ${maxKandidat}`
      : lewatIndeks(cocokSendiri);
  // A page's hits are MATERIALIZED: inlined into the statement that joins them to their letters and
  // snippets, the whole search was planned once more inside that join (a Sekretaris's 2.4-3.4 ms of
  // planning -> 0.9-1.6; 50 people's search statement 5.0-5.3 -> 4.7-4.9 ms at 1M).
  const peringkat = Prisma.sql`
    WITH kandidat AS (${kandidat}), hit AS ${semua ? Prisma.empty : Prisma.raw('MATERIALIZED ')}(
      SELECT k.id, ${exact} AS tepat, ${skor} AS skor, k.tanggal
      FROM kandidat k
      ORDER BY tepat DESC, skor DESC, k.tanggal DESC, k.id DESC
      LIMIT ${semua ? maxKandidat : CARI_PER_HALAMAN + 1} OFFSET ${semua ? 0 : offset}
    )`;
  // Every ranked letter's id, in the pages' order: what an export of all pages needs, in one statement.
  if (semua) return Prisma.sql`${peringkat} SELECT hit.id FROM hit ORDER BY hit.tepat DESC, hit.skor DESC, hit.tanggal DESC, hit.id DESC`;
  return Prisma.sql`${peringkat}
    SELECT n.id, n."sumber", n."jenis", n."status", n."nomor", n."perihal", hit.tanggal, n."tanggalNaskah" IS NOT NULL AS "tanggalHariSaja", n."derajatKecepatan", n."klasifikasiKeamanan",
      concat_ws(' · ', n."pengirimNama", n."teksPenerima") AS pihak,
      CASE WHEN n."sumber" <> 'INTERNAL' THEN 'pembaca'
           WHEN n."pembuatJabatanId" = ANY (${own}::uuid[]) THEN 'pembuat'
           WHEN n."penandatanganJabatanId" = ANY (${own}::uuid[]) THEN 'penandatangan'
           WHEN EXISTS (SELECT 1 FROM "VerifikasiNaskah" v WHERE v."naskahId" = n.id AND v."jabatanId" = ANY (${own}::uuid[])) THEN 'verifikator'
           ELSE 'pembaca' END AS peran,
      ${tsq ? Prisma.sql`c.potongan AS cuplikan, c.awal AS "cuplikanAwal", c.lanjut AS "cuplikanLanjut"` : Prisma.sql`NULL AS cuplikan, NULL AS "cuplikanAwal", NULL AS "cuplikanLanjut"`}
    FROM hit JOIN "Naskah" n ON n.id = hit.id
    ${
      // The text around the first searched word, about thirty words, marked in the app (cuplikanDari):
      // ts_headline here parsed 6,000 characters of each result (0.6 of the search's 2.6 ms at 1M).
      tsq
        ? Prisma.sql`CROSS JOIN LATERAL eoffice_potongan_cuplikan(eoffice_teks_polos(n."konten") || ' ' || coalesce(n."teksBerkas", ''), ${polaCuplikan(rencana.kata)}, ${CUPLIKAN_SEBELUM}, ${CUPLIKAN_PANJANG}) c`
        : Prisma.empty
    }
    ORDER BY hit.tepat DESC, hit.skor DESC, hit.tanggal DESC, n.id DESC`;
}

/**
 * The sample pilihJalan asks for when the words' statistics cannot tell: how many of the reader's
 * newest CARI_CONTOH letters (along the same walks, with the same filters) hold all the words. One
 * statement of about CARI_CONTOH primary-key visits (2-4 ms at 1M), only for words whose bounds
 * disagree; a topic's words then walk (a Sekretaris Daerah's "pengelolaan sampah" 83 -> 39 ms at 1M).
 */
export function contohJalanSql(actor: Actor, filter: CariFilter, walks: JalanBaca[]): Prisma.Sql {
  const tsq = tsquerySql(filter) ?? Prisma.sql`NULL::tsquery`;
  const where = saringanSql(actor, filter);
  const baris = walks.map(
    (j) => Prisma.sql`(SELECT n."cari", n."nomor", ${j.tanggal} AS tanggal FROM ${j.dari} WHERE ${Prisma.join([j.syarat, ...where], ' AND ')} ORDER BY ${j.urutan} LIMIT ${CARI_CONTOH})`,
  );
  return Prisma.sql`SELECT count(*)::int AS dibaca, count(*) FILTER (WHERE ${cocokBarisSql(filter, tsq)})::int AS cocok
    FROM (SELECT * FROM (${Prisma.join(baris, ' UNION ALL ')}) u ORDER BY u.tanggal DESC LIMIT ${CARI_CONTOH}) n`;
}

/**
 * cariSuratSql with `umum` settled, from the planner's statistics of the search document
 * (statistikKataTabel: each word's share, the letters' count), and only for an actor who could walk their letters. One query offering both
 * ways misled the planner: it cannot know that the actor's row in NaskahPembaca means the letter names
 * the actor in pembacaJabatanIds, so it thought the walk would find few matches and took the GIN way
 * (400 ms for a kabid's common word). Either way gives the same letters in the same order. The rule is
 * pilihJalan's, for the actor's kind of walks (one walk: with the letters their post reads, from
 * statistikPembaca); where the statistics cannot tell, a sample of the actor's letters (contohJalanSql).
 * A number fragment is chosen by its words too: its number match only adds letters, so a fragment
 * whose words are common walks all the more. It always took the indexes before, yet classification
 * codes and years lead or end most letter numbers: at 1M letters "800" (in a tenth of them) took
 * 350 ms for a Kepala Dinas, 290 for a pencatat, 53 for a kabid; walked 7-10 ms (bench:search).
 */
export async function susunCariSurat(actor: Actor, filter: CariFilter, lain?: readonly string[], { semua = false }: { semua?: boolean } = {}): Promise<Prisma.Sql> {
  const rencana = rencanaCari(filter.q ?? '');
  lain ??= await cariLain(actor, filter);
  const jalan = rencana.tsquery !== null ? naskahReadableLewatPembacaSql(actor, 'p', 'n') : null;
  if (!jalan) return cariSuratSql(actor, filter, false, { lain, semua });
  const naskah = await statistikKataTabel('Naskah');
  const cara: CaraJalan =
    jalan.length === 1
      ? { jenis: 'sendiri', bacaan: (await statistikPembaca()).get(actor.activePost?.jabatanId ?? '') ?? 0, entri: entriKata(rencana.kata, naskah.kata, naskah.baris) }
      : jalan.some((j) => j.register)
        ? { jenis: 'register' }
        : { jenis: 'wakil' };
  const pilihan = pilihJalan(rencana.kata, naskah.kata, cara);
  const umum = pilihan === 'contoh' ? jalanMenurutContoh((await queryRows<{ dibaca: number; cocok: number }>(contohJalanSql(actor, filter, jalan)))[0]!, cara) : pilihan;
  return cariSuratSql(actor, filter, umum, { lain, semua });
}

/**
 * The ids of every letter the search ranks (all its pages, at most CARI_MAX_KANDIDAT), in the pages'
 * order, from one statement: one snapshot, where reading the pages one by one ran the search up to
 * twenty times and could skip or repeat a letter that arrived in between.
 */
export async function cariSemuaId(actor: Actor, filter: CariFilter): Promise<string[]> {
  if (!adaPermintaan(filter)) return [];
  const rows = await queryRows<{ id: string }>(await susunCariSurat(actor, filter, undefined, { semua: true }));
  return rows.map((r) => r.id);
}

/**
 * One search over every letter the actor may open: surat masuk, naskah in every state, disposisi
 * catatan and tindak lanjut. Visibility is part of the query (lib/authz/scope-sql.ts), so a letter the
 * actor may not open is never matched, counted or highlighted. Ranked, one page of 20 at a time.
 */
export async function cariSurat(actor: Actor, filter: CariFilter): Promise<{ hasil: HasilCari[]; adaBerikutnya: boolean }> {
  if (!adaPermintaan(filter)) return { hasil: [], adaBerikutnya: false };
  const lain = await cariLain(actor, filter);
  const rows = await queryRows<Row>(await susunCariSurat(actor, filter, lain));
  const kata = rencanaCari(filter.q ?? '').kata;
  const shown = rows.slice(0, CARI_PER_HALAMAN);
  const lewatCatatan = new Set(lain);
  const catatan = await catatanCocok(actor, filter, shown.filter((r) => lewatCatatan.has(r.id)).map((r) => r.id));
  return {
    adaBerikutnya: rows.length > CARI_PER_HALAMAN,
    hasil: shown.map((r) => ({
      id: r.id,
      tautan: tautanHasil(r.peran, r.id),
      sumber: r.sumber,
      jenis: r.jenis,
      status: r.status,
      nomor: tandaiKata(r.nomor ?? '', kata),
      perihal: tandaiKata(r.perihal, kata),
      pihak: tandaiKata(r.pihak ?? '', kata),
      cuplikan: r.cuplikan !== null ? cuplikanDari(r.cuplikan, r.cuplikanAwal ?? 1, r.cuplikanLanjut ?? false, kata) : [],
      catatan: catatanTertanda(catatan.get(r.id), kata),
      tanggal: { nilai: r.tanggal, hariSaja: r.tanggalHariSaja },
      derajatKecepatan: r.derajatKecepatan,
      klasifikasiKeamanan: r.klasifikasiKeamanan,
    })),
  };
}
