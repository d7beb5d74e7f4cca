// Migration cari_pembaca_tanggal: an actor finds the newest matches of a common word by walking the
// rows of NaskahPembaca of the posts they read through, and a pencatat also the register of their OPD
// (migration naskah_register_tanggal), each walk newest first (lib/services/cari/cari-surat.ts).
// These tests hold that walk to the search through the GIN indexes, letter for letter and in the same
// order, and to the readers computed in Prisma: never a Rahasia letter the actor may not read, never a
// letter of another instansi even when it names the actor's post. They also hold the trigger-kept
// table to pembacaJabatanIds and the search date, and the word statistics to what the letters hold.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahReadableScope } from '@/lib/authz/scope';
import { naskahReadableLewatPembacaSql } from '@/lib/authz/scope-sql';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { cariLain, cariSuratSql, contohJalanSql } from '@/lib/services/cari/cari-surat';
import { STATISTIK_KATA_UMUR_MS, statistikKata, statistikPembaca } from '@/lib/services/cari/statistik-kata';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { createRahasiaWorld } from '../support/rahasia-world';

// Letters only: a word with a digit would be read as a number fragment (tested on its own below).
const tag = randomUUID().slice(0, 8).replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);
const WORD = `Cendana${tag}`;
const surat = (n: number) => ({ pengirim: 'Dinas Pekerjaan Umum', perihal: `Koordinasi ${WORD} tahap ${n}` });
const world = () => createRahasiaWorld({ biasa: surat(1), rahasia: surat(2), sangatRahasia: surat(3) });
let w: Awaited<ReturnType<typeof world>>;
let lain: Awaited<ReturnType<typeof world>>;
/** Letters beyond the world's three, each with its own search date, some disposed to the kabid. */
const extra: string[] = [];

beforeAll(async () => {
  w = await world();
  lain = await world();
  const pdf = await tinyPdf();
  for (let i = 0; i < 6; i++) {
    const letter = await registerSuratMasuk(
      w.roles.pencatat,
      registerSuratMasukSchema.parse({
        nomor: `600/${tag}/${i}`, tanggalSurat: `2026-0${i + 1}-15`, pengirimNama: 'Dinas Pekerjaan Umum', perihal: `Koordinasi ${WORD} lanjutan ${i}`,
        klasifikasiKeamanan: i % 3 === 0 ? 'RAHASIA' : 'BIASA', pindaian: asFile(pdf, 'surat.pdf'),
      }),
    );
    extra.push(letter.id);
    // The sekretaris (who reads the kepala's Biasa deliveries) is given a Biasa one too, so it is under
    // both their posts, and a Rahasia one, which only the disposisi lets them read.
    if (i === 1 || i === 3) {
      await giveDisposisi(
        w.roles.kepala,
        giveDisposisiSchema.parse({ naskahId: letter.id, penerima: [w.roles.sekretaris.activePost!.jabatanId], instruksi: ['Untuk diketahui'], batasWaktu: '2099-01-01' }),
      );
    }
    if (i % 2 === 0) {
      await giveDisposisi(
        w.roles.kepala,
        giveDisposisiSchema.parse({ naskahId: letter.id, penerima: [w.roles.kabid.activePost!.jabatanId], instruksi: ['Untuk ditindaklanjuti'], batasWaktu: '2099-01-01' }),
      );
    }
  }
  // Tembusan to the pencatat's own post: a Biasa letter they also read in the register, and a Rahasia
  // one the register would not show them.
  const pencatatPost = w.roles.pencatat.activePost!;
  for (const [naskahId, klasifikasiKeamanan] of [[extra[5]!, 'BIASA'], [extra[0]!, 'RAHASIA']] as const) {
    await prisma.delivery.create({ data: { naskahId, jabatanId: pencatatPost.jabatanId, opdId: pencatatPost.opdId, jenis: 'TEMBUSAN', klasifikasiKeamanan, derajatKecepatan: 'BIASA' } });
  }
  // The other instansi's Biasa letter, delivered (by a fault no service makes) to this kabid's post.
  const jabatan = await prisma.jabatan.findUniqueOrThrow({ where: { id: w.roles.kabid.activePost!.jabatanId }, select: { opdId: true } });
  await prisma.delivery.create({
    data: { naskahId: lain.ids.biasa, jabatanId: w.roles.kabid.activePost!.jabatanId, opdId: jabatan.opdId, jenis: 'TUJUAN', klasifikasiKeamanan: 'BIASA', derajatKecepatan: 'BIASA' },
  });
}, 180_000);

/** One search's letters, in the page's order, along the readers table (`walk`) or the GIN indexes. */
async function search(actor: Actor, q: string, walk: boolean, maxKandidat?: number): Promise<{ ids: string[]; plan: string }> {
  const filter = cariFilterSchema.parse({ q });
  const query = cariSuratSql(actor, filter, walk, { lain: await cariLain(actor, filter), maxKandidat });
  const rows = await prisma.$queryRaw<{ id: string }[]>(query);
  const explain = await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${query.text}`, ...query.values);
  return { ids: rows.map((r) => r.id), plan: explain.map((r) => r['QUERY PLAN']).join('\n') };
}

describe('search along the readers table', () => {
  it('lists the newest first (urut=terbaru) alike along the walks and through the indexes, the same letters as the ranked search', async () => {
    let found = 0;
    for (const [role, actor] of Object.entries(w.roles)) {
      if (!naskahReadableLewatPembacaSql(actor, 'p', 'n')) continue;
      const filter = cariFilterSchema.parse({ q: WORD, urut: 'terbaru' });
      const ids = async (walk: boolean) => (await prisma.$queryRaw<{ id: string; tanggal: Date }[]>(cariSuratSql(actor, filter, walk, { lain: await cariLain(actor, filter) }))).map((r) => r.id);
      const [walked, indexed] = [await ids(true), await ids(false)];
      expect({ role, ids: walked }).toEqual({ role, ids: indexed });
      expect({ role, ids: [...walked].sort() }).toEqual({ role, ids: [...(await search(actor, WORD, false)).ids].sort() });
      found += walked.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it("never caches the walk's visits to letters (no Memoize), even where the statistics promise repeats", async () => {
    // At 1M letters PostgreSQL put a Memoize over each reader row's visit to its letter on short walks
    // (newest first), and that cache of letters, never hit, cost a Sekretaris's search 19 ms instead
    // of 1 (tanpaMemoize in lib/authz/scope-sql.ts). Here statistics that say the readers' rows name
    // few letters (so a cache would hit) are made inside a transaction that is rolled back.
    const plans: string[] = [];
    for (const actor of [w.roles.sekretaris, w.roles.kabid]) {
      const filter = cariFilterSchema.parse({ q: WORD, urut: 'terbaru' });
      const query = cariSuratSql(actor, filter, true, { lain: [] });
      await prisma
        .$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`ALTER TABLE "NaskahPembaca" ALTER COLUMN "naskahId" SET (n_distinct = 2)`);
          await tx.$executeRawUnsafe(`ANALYZE "NaskahPembaca"`);
          const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${query.text}`, ...query.values);
          plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
          throw new Error('rollback');
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error && error.message === 'rollback')) throw error;
        });
    }
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan).toContain('NaskahPembaca');
      expect(plan).not.toContain('Memoize');
    }
  });

  it('walks for every actor with a post', () => {
    const { kepala, kabid, kabid2, staf, pltActing, sekretaris, pencatat, adminInstansi } = w.roles;
    const walks = (a: Actor) => naskahReadableLewatPembacaSql(a, 'p', 'n')?.length ?? 0;
    // One walk for a post; the sekretaris also walks the pimpinan's rows, the pencatat the register.
    expect([kepala, kabid, kabid2, staf, pltActing, sekretaris, pencatat].map(walks)).toEqual([1, 1, 1, 1, 1, 2, 2]);
    // The admin has no post.
    expect(walks(adminInstansi)).toBe(0);
  });

  // Each letter once; a Rahasia letter only through the actor's own post (a tembusan to the pencatat,
  // a disposisi to the sekretaris), never through the register or the pimpinan's deliveries.
  it.each([
    // Biasa: the world's and extras 1, 2, 4, 5 (5 also a tembusan to them); Rahasia: extra 0, a tembusan to them.
    { role: 'pencatat' as const, jalanKedua: /Naskah_register_tanggal_idx|sumber = 'EKSTERNAL'/, harus: () => [w.ids.biasa, extra[0], extra[1], extra[2], extra[4], extra[5]] },
    // Biasa: the world's and extras 1 (also disposed to them), 2, 4, 5; Rahasia: extra 3, disposed to them.
    { role: 'sekretaris' as const, jalanKedua: / on "NaskahPembaca" p_1\b/, harus: () => [w.ids.biasa, extra[1], extra[2], extra[3], extra[4], extra[5]] },
  ])('gives the $role their own letters and the second walk\'s Biasa ones, each once', async ({ role, jalanKedua, harus }) => {
    const walked = await search(w.roles[role], WORD, true);
    expect(walked.plan).toMatch(/ on "NaskahPembaca" p\b/);
    expect(walked.plan).toMatch(jalanKedua);
    expect(walked.ids).toHaveLength(new Set(walked.ids).size);
    expect(new Set(walked.ids)).toEqual(new Set(harus()));
    expect(walked.ids).toEqual((await search(w.roles[role], WORD, false)).ids);
  });

  // Each walk stops at the cap and the newest of all walks are kept: with more matches than the cap
  // (six here, CARI_MAX_KANDIDAT at 400 in the product), the walks find the same newest ones as the
  // one walk along the date index, in the same order.
  it.each([1, 2, 3, 5])('ranks the same newest %i matches as the search through the indexes when the walks hold more', async (cap) => {
    for (const role of ['sekretaris', 'pencatat', 'kepala'] as const) {
      const walked = await search(w.roles[role], WORD, true, cap);
      const indexed = await search(w.roles[role], WORD, false, cap);
      expect(walked.ids).toHaveLength(cap);
      expect({ role, ids: walked.ids }).toEqual({ role, ids: indexed.ids });
      // Several walks: the register's (pencatat) or the pimpinan's (sekretaris) besides their own,
      // merged newest first, each with its own LIMIT (so each is planned to stop early).
      if (role !== 'kepala') expect(walked.plan.match(/Limit/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    }
  });

  it('finds exactly the letters each actor may read, in the order of the search through the indexes', async () => {
    let seen = 0;
    for (const [role, actor] of Object.entries(w.roles)) {
      if (!naskahReadableLewatPembacaSql(actor, 'p', 'n')) continue;
      const walked = await search(actor, WORD, true);
      const indexed = await search(actor, WORD, false);
      expect(walked.plan).toMatch(/ on "NaskahPembaca" p\b/);
      expect(indexed.plan).not.toMatch(/NaskahPembaca/);
      const readable = await prisma.naskah.findMany({ where: { AND: [naskahReadableScope(actor), { perihal: { contains: WORD } }] }, select: { id: true } });
      expect({ role, ids: walked.ids }).toEqual({ role, ids: indexed.ids });
      expect({ role, ids: [...walked.ids].sort() }).toEqual({ role, ids: readable.map((r) => r.id).sort() });
      expect(walked.ids).not.toContain(lain.ids.biasa);
      seen += walked.ids.length;
    }
    expect(seen).toBeGreaterThan(6);
    // The kabid reads the Rahasia letters disposed to them, and nothing else of the OPD's.
    const kabid = await search(w.roles.kabid, WORD, true);
    expect(new Set(kabid.ids)).toEqual(new Set([w.ids.rahasia, extra[0], extra[2], extra[4]]));
    const kabid2 = await search(w.roles.kabid2, WORD, true);
    expect(kabid2.ids).toEqual([]);
  });

  it("samples the newest letters along the same walks: how many the actor reads, how many hold the words", async () => {
    let sampled = 0;
    for (const [role, actor] of Object.entries(w.roles)) {
      const walks = naskahReadableLewatPembacaSql(actor, 'p', 'n');
      if (!walks) continue;
      for (const q of [{ q: WORD }, { q: '"lanjutan"' }, { q: WORD, keamanan: 'RAHASIA' }]) {
        const filter = cariFilterSchema.parse(q);
        const [contoh] = await prisma.$queryRaw<{ dibaca: number; cocok: number }[]>(contohJalanSql(actor, filter, walks));
        const dibaca = { AND: [naskahReadableScope(actor), ...(q.keamanan ? [{ klasifikasiKeamanan: 'RAHASIA' as const }] : [])] };
        const kata = q.q === WORD ? WORD : 'lanjutan';
        // Fewer letters than CARI_CONTOH: the sample is all of them.
        expect({ role, q, contoh }).toEqual({
          role,
          q,
          contoh: { dibaca: await prisma.naskah.count({ where: dibaca }), cocok: await prisma.naskah.count({ where: { AND: [dibaca, { perihal: { contains: kata } }] } }) },
        });
        sampled += contoh!.dibaca;
      }
    }
    expect(sampled).toBeGreaterThan(20);
  });

  // A number fragment walks too when its words are common (susunCariSurat): a walked letter matches
  // by its words or anywhere in its number, as through the words' and the trigram indexes. The first
  // fragment is inside the extras' numbers only (no word starts with it), so only the number matches.
  const fragmen = () => ({ dalamNomor: `${tag.slice(1)}/`, awal: `600/${tag}`, tepat: `600/${tag}/1` });
  it.each(['dalamNomor', 'awal', 'tepat'] as const)('walks a number fragment (%s) to the letters and order of the indexes', async (jenis) => {
    const q = fragmen()[jenis];
    let seen = 0;
    for (const [role, actor] of Object.entries(w.roles)) {
      if (!naskahReadableLewatPembacaSql(actor, 'p', 'n')) continue;
      const walked = await search(actor, q, true);
      expect(walked.plan).toMatch(/ on "NaskahPembaca" p\b/);
      expect({ role, ids: walked.ids }).toEqual({ role, ids: (await search(actor, q, false)).ids });
      // Here every match is in the number (the extras' perihal holds no number).
      const readable = await prisma.naskah.findMany({ where: { AND: [naskahReadableScope(actor), { nomor: { contains: q, mode: 'insensitive' } }] }, select: { id: true } });
      expect({ role, ids: [...walked.ids].sort() }).toEqual({ role, ids: readable.map((r) => r.id).sort() });
      for (const cap of [1, 2, 3]) expect({ role, cap, ids: (await search(actor, q, true, cap)).ids }).toEqual({ role, cap, ids: (await search(actor, q, false, cap)).ids });
      seen += walked.ids.length;
    }
    expect(seen).toBeGreaterThan(jenis === 'tepat' ? 2 : 6);
  });

  // A fragment's %, _ and \ are the typed characters along the walk too (polaMengandung). Two numbers
  // that differ only where a wildcard would match: taken as LIKE wildcards, the fragment would also
  // find the decoy, and by the decoy's number alone (its words differ).
  it('walks a fragment holding %, _ and \\ to the letter whose number holds them, not to a decoy', async () => {
    const [harfiah, umpan] = [extra[2]!, extra[4]!];
    const before = await prisma.naskah.findMany({ where: { id: { in: [harfiah, umpan] } }, select: { id: true, nomor: true } });
    try {
      await prisma.naskah.update({ where: { id: harfiah }, data: { nomor: `700/${tag}%_\\x/2` } });
      await prisma.naskah.update({ where: { id: umpan }, data: { nomor: `700/${tag}ab\\x/4` } });
      const q = `/${tag}%_\\x/`;
      for (const role of ['kabid', 'kepala', 'pencatat'] as const) {
        const walked = await search(w.roles[role], q, true);
        expect(walked.plan).toMatch(/ on "NaskahPembaca" p\b/);
        expect({ role, ids: walked.ids }).toEqual({ role, ids: [harfiah] });
        expect({ role, ids: (await search(w.roles[role], q, false)).ids }).toEqual({ role, ids: [harfiah] });
        // The decoy's own number is found, so it is readable and walked.
        expect({ role, ids: (await search(w.roles[role], `/${tag}ab\\x/`, true)).ids }).toEqual({ role, ids: [umpan] });
      }
    } finally {
      for (const b of before) await prisma.naskah.update({ where: { id: b.id }, data: { nomor: b.nomor } });
    }
  });

  it("samples a number fragment's matches by number as the walk matches them", async () => {
    const q = fragmen().dalamNomor;
    for (const [role, actor] of Object.entries(w.roles)) {
      const walks = naskahReadableLewatPembacaSql(actor, 'p', 'n');
      if (!walks) continue;
      const [contoh] = await prisma.$queryRaw<{ dibaca: number; cocok: number }[]>(contohJalanSql(actor, cariFilterSchema.parse({ q }), walks));
      const dibaca = naskahReadableScope(actor);
      expect({ role, contoh }).toEqual({
        role,
        contoh: { dibaca: await prisma.naskah.count({ where: dibaca }), cocok: await prisma.naskah.count({ where: { AND: [dibaca, { nomor: { contains: q, mode: 'insensitive' } }] } }) },
      });
    }
  });

  it('orders the walk by the search date, newest first, as the date changes', async () => {
    const rank = async () => (await search(w.roles.kabid, `"lanjutan"`, true)).ids;
    // Equal words, so the order is the date's: the letters of May, March and January.
    expect(await rank()).toEqual([extra[4], extra[2], extra[0]]);
    await prisma.naskah.update({ where: { id: extra[0] }, data: { tanggalNaskah: new Date('2026-12-01T00:00:00Z') } });
    expect(await rank()).toEqual([extra[0], extra[4], extra[2]]);
    expect(await search(w.roles.kabid, `"lanjutan"`, false)).toMatchObject({ ids: [extra[0], extra[4], extra[2]] });
  });

  it("keeps the second walk's letter dated the same as the first walk's last match", async () => {
    // The pencatat's register walk and their post's are merged by date (cariSuratSql): a letter of
    // their post only (the Rahasia tembusan) dated exactly as the register's last match must stay:
    // with the newest of all ordered by date then id, it may come before the register's.
    const own = extra[0]!;
    // The register-only letter with the lowest id, so a tie puts the post's letter first if it can.
    const register = [w.ids.biasa, extra[1]!, extra[2]!, extra[4]!].sort()[0]!;
    const before = await prisma.naskah.findMany({ where: { id: { in: [own, register] } }, select: { id: true, tanggalNaskah: true } });
    try {
      await prisma.naskah.updateMany({ where: { id: { in: [own, register] } }, data: { tanggalNaskah: new Date('2099-06-01T00:00:00Z') } });
      for (const cap of [1, 2, 3]) {
        const walked = await search(w.roles.pencatat, WORD, true, cap);
        expect(walked.plan).toMatch(/Naskah_register_tanggal_idx|sumber = 'EKSTERNAL'/);
        expect({ cap, ids: walked.ids }).toEqual({ cap, ids: (await search(w.roles.pencatat, WORD, false, cap)).ids });
      }
      expect(new Set((await search(w.roles.pencatat, WORD, true, 2)).ids)).toEqual(new Set([own, register]));
    } finally {
      for (const b of before) await prisma.naskah.update({ where: { id: b.id }, data: { tanggalNaskah: b.tanggalNaskah } });
    }
  });

  it('keeps one row per reader of every letter, with the letter search date', async () => {
    const drift = await prisma.$queryRaw<{ n: bigint }[]>`
      WITH harus AS (
        SELECT u AS "jabatanId", coalesce(n."tanggalNaskah"::timestamp, n."tanggalDiterima", n."createdAt") AS tanggal, n.id AS "naskahId"
        FROM "Naskah" n CROSS JOIN LATERAL unnest(n."pembacaJabatanIds") u
      )
      SELECT count(*) AS n FROM (
        (SELECT * FROM harus EXCEPT SELECT "jabatanId", "tanggal", "naskahId" FROM "NaskahPembaca")
        UNION ALL
        (SELECT "jabatanId", "tanggal", "naskahId" FROM "NaskahPembaca" EXCEPT SELECT * FROM harus)
      ) d`;
    expect(await prisma.naskahPembaca.count({ where: { naskahId: { in: extra } } })).toBeGreaterThan(6);
    expect(Number(drift[0]!.n)).toBe(0);
  });

  it('reads the share of letters holding each common word from PostgreSQL statistics', async () => {
    await prisma.$executeRaw`ANALYZE "Naskah"`;
    const frekuensi = await statistikKata(Date.now() + STATISTIK_KATA_UMUR_MS);
    const [lexeme, share] = [...frekuensi].sort((a, b) => b[1] - a[1])[0]!;
    const counted = await prisma.$queryRaw<{ ada: bigint; semua: bigint }[]>`
      SELECT count(*) FILTER (WHERE n."cari" @@ to_tsquery('simple', quote_literal(${lexeme}))) AS ada, count(*) FILTER (WHERE n."cari" IS NOT NULL) AS semua FROM "Naskah" n`;
    const actual = Number(counted[0]!.ada) / Number(counted[0]!.semua);
    expect(share).toBeGreaterThan(0);
    // ANALYZE samples up to 30,000 rows: a test database is read whole, so the share is exact but for rounding.
    expect(Math.abs(share - actual)).toBeLessThan(0.01);
  });

  it('reads how many letters the busiest posts read from PostgreSQL statistics', async () => {
    await prisma.$executeRaw`ANALYZE "NaskahPembaca"`;
    const bacaan = await statistikPembaca(Date.now() + STATISTIK_KATA_UMUR_MS);
    const [terbanyak] = await prisma.$queryRaw<{ jabatanId: string; n: bigint }[]>`
      SELECT "jabatanId", count(*) AS n FROM "NaskahPembaca" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
    const estimate = bacaan.get(terbanyak!.jabatanId);
    expect(estimate).toBeDefined();
    // The planner's own figure: the sampled share times the table's estimated rows.
    expect(Math.abs(estimate! - Number(terbanyak!.n)) / Number(terbanyak!.n)).toBeLessThan(0.1);
    expect(bacaan.has('00000000-0000-0000-0000-000000000000')).toBe(false);
  });
});
