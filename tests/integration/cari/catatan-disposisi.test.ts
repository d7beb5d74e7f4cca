// Search by disposisi catatan and tindak lanjut reports (cariLainSql): the giver and the recipients
// find a letter by its catatan, a withdrawn recipient no longer does; a word in many reports walks
// each person's rows newest first and keeps only the newest matches, the ones the search can rank.
// Recipient rows and reports carry their letter, words and readers, copied by triggers; they must
// be the disposisi's and the recipient row's.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz/actor';
import { prisma } from '@/lib/db';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { caraBacaCatatan, rencanaCari, type CaraBacaCatatan } from '@/lib/domain/cari/query';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { cariLainSql, cariSurat } from '@/lib/services/cari/cari-surat';
import { STATISTIK_KATA_BELUM_ANALYZE_MS, STATISTIK_KATA_UMUR_MS, statistikKataTabel } from '@/lib/services/cari/statistik-kata';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

/** A made-up word no other test's letters hold (letters only: digits would make it a number fragment). */
const kataUnik = (awal: string) => `${awal}${randomUUID().slice(0, 8).replace(/\d/g, 'q')}`;
const finds = async (actor: Actor, q: string) => (await cariSurat(actor, cariFilterSchema.parse({ q }))).hasil.map((h) => h.id);
/**
 * cariLainSql's letters read every way (walking each post's rows, the words' index with the post's,
 * each part of the search asked of the index alone): they must agree.
 */
const lain = async (actor: Actor, q: string, maxKandidat: number) => {
  const read = async (c: CaraBacaCatatan, berbatas = true) => {
    const query = cariLainSql(actor, cariFilterSchema.parse({ q }), { maxKandidat, cara: { penerima: c, laporan: c }, berbatas });
    return query ? (await prisma.$queryRaw<{ id: string }[]>(query)).map((r) => r.id) : [];
  };
  const walked = await read({ cara: 'jalan' });
  // Every walk to its own cap, without the recipient walk's time as the others' bound.
  expect(await read({ cara: 'jalan' }, false)).toEqual(walked);
  expect(await read({ cara: 'indeks' }, false)).toEqual(walked);
  expect(await read({ cara: 'indeks' })).toEqual(walked);
  for (const b of rencanaCari(q).bagian) expect(await read({ cara: 'langka', bagian: b.tsquery })).toEqual(walked);
  // All parts asked of the index together, as caraBacaCatatan does with several rare ones.
  expect(await read({ cara: 'langka', bagian: rencanaCari(q).bagian.map((b) => b.tsquery).join(' & ') })).toEqual(walked);
  return walked;
};
const give = (naskahId: string, penerima: string[], catatan: string) =>
  giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'], catatan });

describe('search by disposisi catatan', () => {
  it('finds the letter for the giver and the recipient until the disposisi is withdrawn, never for others', async () => {
    const w = await createDisposisiWorld();
    const other = await createDisposisiWorld();
    const kata = kataUnik('Nilam');
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat koordinasi' });
    const kepala = await actorFor(w.kepala.id);
    const { disposisiId } = await giveDisposisi(kepala, give(letter.naskahId, [w.kabid.jabatan.id], `Tinjau lapangan ke Desa ${kata} dan laporkan.`));
    const kabid = await actorFor(w.kabid.pegawai.id);

    expect(await finds(kepala, kata)).toEqual([letter.naskahId]);
    expect(await finds(kabid, kata)).toEqual([letter.naskahId]);
    // The result says why it matched: the letter's own text does not hold the word.
    const [hit] = (await cariSurat(kabid, cariFilterSchema.parse({ q: kata }))).hasil;
    expect(hit!.catatan?.sumber).toBe('DISPOSISI');
    expect(hit!.catatan?.teks.map((s) => s.teks).join('')).toBe(`Tinjau lapangan ke Desa ${kata} dan laporkan.`);
    expect(hit!.catatan?.teks.filter((s) => s.tanda).map((s) => s.teks)).toEqual([kata]);
    expect(await finds(await actorFor(w.kabid2.pegawai.id), kata)).toEqual([]);
    expect(await finds(await actorFor(other.kepala.id), kata)).toEqual([]);

    await withdrawDisposisi(kepala, disposisiId);
    expect(await finds(kabid, kata)).toEqual([]);
    expect(await finds(kepala, kata)).toEqual([letter.naskahId]);
  });

  it('keeps the letters of the newest matching catatan and reports of each person, up to the cap', async () => {
    const w = await createDisposisiWorld();
    const kata = kataUnik('Segera');
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const letters: string[] = [];
    // Five letters, each disposed an hour after the last with the word in the catatan, and reported
    // on with the word a day later in the reverse order: the oldest disposisi has the newest report.
    const base = Date.parse('2026-03-02T01:00:00Z');
    for (let i = 0; i < 5; i++) {
      const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Permohonan data' });
      await giveDisposisi(kepala, give(letter.naskahId, [w.kabid.jabatan.id], `Mohon ${kata} ditindaklanjuti.`), new Date(base + i * 3_600_000));
      letters.push(letter.naskahId);
    }
    const received = await prisma.penerimaDisposisi.findMany({ where: { jabatanId: w.kabid.jabatan.id }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    for (const [i, penerima] of received.entries()) {
      await reportTindakLanjut(kabid, { penerimaDisposisiId: penerima.id, catatan: `Laporan ${kata} sudah disampaikan.`, selesai: false, lampiran: [] });
      await prisma.tindakLanjut.updateMany({ where: { penerimaDisposisiId: penerima.id }, data: { createdAt: new Date(base + 86_400_000 + (4 - i) * 3_600_000) } });
    }

    // The catatan walks give the newest disposisi (letters 4, 3); the report walks the newest
    // reports (letters 0, 1); together the two newest of all matches: the reports, a day later.
    expect(await lain(kepala, kata, 2)).toEqual([letters[0], letters[1]]);
    expect(await lain(kabid, kata, 2)).toEqual([letters[0], letters[1]]);
    expect(new Set(await lain(kabid, kata, 400))).toEqual(new Set(letters));
    // Only the catatan's own word: the disposisi walks alone, newest first.
    expect(await lain(kabid, `${kata} Mohon`, 3)).toEqual([letters[4], letters[3], letters[2]]);

    // Found through the reports: each result shows the newest matching report, its words marked.
    const hasil = (await cariSurat(kabid, cariFilterSchema.parse({ q: `${kata} disampaikan` }))).hasil;
    expect(new Set(hasil.map((h) => h.id))).toEqual(new Set(letters));
    for (const h of hasil) {
      expect(h.catatan?.sumber).toBe('LAPORAN');
      expect(h.catatan?.teks.filter((s) => s.tanda).map((s) => s.teks)).toEqual([kata, 'disampaikan']);
    }

    // The statistics that choose the way (cariLain): the word's share of the reports and their
    // number, as PostgreSQL counted them (other test files write reports too: read both at once).
    await prisma.$executeRaw`ANALYZE "TindakLanjut"`;
    const [nyata] = await prisma.$queryRaw<{ cocok: number; baris: number }[]>`
      SELECT count(*) FILTER (WHERE cari @@ to_tsquery('simple', lower(${kata})))::int AS cocok, count(cari)::int AS baris FROM "TindakLanjut"`;
    const statistik = await statistikKataTabel('TindakLanjut', Date.now() + STATISTIK_KATA_UMUR_MS);
    expect(statistik.baris).toBeGreaterThan(nyata!.baris * 0.9);
    expect(statistik.baris).toBeLessThan(nyata!.baris * 1.1);
    // Absent from the most common words (many reports from other files): rare, and so it must be.
    expect(statistik.kata.get(kata.toLowerCase()) ?? 0).toBeCloseTo(nyata!.cocok / nyata!.baris, 1);
  });

  it('merges the walks newest first and stops at twice the cap when that holds enough letters; reads them whole when not', async () => {
    const w = await createDisposisiWorld();
    const kata = kataUnik('Kenari');
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const base = Date.parse('2026-04-06T01:00:00Z');
    // Days before: two letters the kabid passed on to the staf with the word.
    const lama: string[] = [];
    for (let i = 0; i < 2; i++) {
      const letter = await deliverLetter(w.opd.id, w.kabid.jabatan.id, { perihal: 'Permohonan data' });
      await giveDisposisi(kabid, give(letter.naskahId, [w.staf.jabatan.id], `Siapkan ${kata} segera.`), new Date(base - (3 - i) * 86_400_000));
      lama.push(letter.naskahId);
    }
    // Then three letters the Kepala Dinas gave with the word to three posts each, an hour apart.
    const baru: string[] = [];
    for (let i = 0; i < 3; i++) {
      const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Permohonan data' });
      await giveDisposisi(kepala, give(letter.naskahId, [w.kabid.jabatan.id, w.kabid2.jabatan.id, w.sekretaris.jabatan.id], `Tindaklanjuti ${kata}.`), new Date(base + i * 3_600_000));
      baru.push(letter.naskahId);
    }
    const plan = async (actor: Actor, maxKandidat: number) => {
      const query = cariLainSql(actor, cariFilterSchema.parse({ q: kata }), { maxKandidat, cara: { penerima: { cara: 'jalan' }, laporan: { cara: 'jalan' } } })!;
      return (await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, COSTS OFF) ${query.text}`, ...query.values)).map((r) => r['QUERY PLAN']).join('\n');
    };
    // The kabid: the first four rows merged (three received, one given) hold two letters or more.
    expect(await lain(kabid, kata, 2)).toEqual([baru[2], baru[1]]);
    expect(new Set(await lain(kabid, kata, 5))).toEqual(new Set([...baru, ...lama]));
    // Whichever way PostgreSQL merges (a Merge Append that stops early on big tables, a sort here),
    // the whole walks are a branch it runs only when the merged rows fall short.
    const wholeWalksSkipped = /Scan on "PenerimaDisposisi" x\S* \(never executed\)/;
    expect(await plan(kabid, 2)).toMatch(wholeWalksSkipped);
    // The Kepala Dinas gave each letter to three posts: the merged rows hold fewer letters than the
    // cap, so the walks are read whole, and the answer is the same (each walk keeps its own newest
    // rows: the giver's three newest are the newest letter's three recipients).
    expect(await lain(kepala, kata, 3)).toEqual([baru[2]]);
    expect(await lain(kepala, kata, 9)).toEqual([baru[2], baru[1], baru[0]]);
    const kepalaPlan = await plan(kepala, 3);
    expect(kepalaPlan).not.toMatch(wholeWalksSkipped);
    expect(kepalaPlan).toMatch(/CTE Scan on urut m\S* \(never executed\)/);
  });

  it('copies the letter, words and readers onto recipient rows and reports', async () => {
    const w = await createDisposisiWorld();
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan sosialisasi' });
    const kepala = await actorFor(w.kepala.id);
    await giveDisposisi(kepala, give(letter.naskahId, [w.kabid.jabatan.id], 'Hadiri dan laporkan hasilnya.'));
    const penerima = await prisma.penerimaDisposisi.findFirstOrThrow({ where: { jabatanId: w.kabid.jabatan.id }, select: { id: true } });
    await reportTindakLanjut(await actorFor(w.kabid.pegawai.id), { penerimaDisposisiId: penerima.id, catatan: 'Telah dihadiri.', selesai: true, lampiran: [] });

    const report = await prisma.tindakLanjut.findFirstOrThrow({ where: { penerimaDisposisiId: penerima.id }, select: { naskahId: true, jabatanId: true, dariJabatanId: true } });
    expect(report).toEqual({ naskahId: letter.naskahId, jabatanId: w.kabid.jabatan.id, dariJabatanId: w.kepalaJabatan.id });
    const [words] = await prisma.$queryRaw<{ penerima: string; laporan: string; naskahId: string }[]>`
      SELECT pd.cari::text AS penerima, t.cari::text AS laporan, pd."naskahId"::text AS "naskahId"
      FROM "PenerimaDisposisi" pd JOIN "TindakLanjut" t ON t."penerimaDisposisiId" = pd.id WHERE pd.id = ${penerima.id}::uuid`;
    expect(words).toEqual({ penerima: "'dan':2 'hadiri':1 'hasilnya':4 'laporkan':3", laporan: "'dihadiri':2 'telah':1", naskahId: letter.naskahId });
    // A catatan changed after the fact (the app never does) reaches its recipients too.
    await prisma.disposisi.updateMany({ where: { naskahId: letter.naskahId }, data: { catatan: 'Wakili saya.' } });
    const [after] = await prisma.$queryRaw<{ cari: string }[]>`SELECT cari::text FROM "PenerimaDisposisi" WHERE id = ${penerima.id}::uuid`;
    expect(after!.cari).toBe("'saya':2 'wakili':1");
  });
  it('reads a table filled but not yet analyzed (a migration just ran) through both indexes, and asks again soon', async () => {
    // What the cari_catatan migration leaves at 1M letters: 2.8M reports, counted by CREATE INDEX,
    // and no word statistics until autovacuum's first ANALYZE.
    await prisma.$executeRaw`DELETE FROM pg_statistic WHERE starelid = '"TindakLanjut"'::regclass`;
    await prisma.$executeRaw`UPDATE pg_class SET reltuples = 2800000 WHERE oid = '"TindakLanjut"'::regclass`;
    try {
      const now = Date.now() + 2 * STATISTIK_KATA_UMUR_MS;
      const statistik = await statistikKataTabel('TindakLanjut', now);
      expect(statistik).toEqual({ kata: new Map(), baris: 2_800_000 });
      expect(caraBacaCatatan(rencanaCari('arahan').bagian, statistik.kata, statistik.baris)).toEqual({ cara: 'indeks' });

      await prisma.$executeRaw`ANALYZE "TindakLanjut"`;
      // Kept for a short while only, then read again with the words ANALYZE found.
      expect((await statistikKataTabel('TindakLanjut', now + STATISTIK_KATA_BELUM_ANALYZE_MS - 1)).kata.size).toBe(0);
      const analyzed = await statistikKataTabel('TindakLanjut', now + STATISTIK_KATA_BELUM_ANALYZE_MS + 1);
      expect(analyzed.kata.size).toBeGreaterThan(0);
      expect(analyzed.baris).toBeLessThan(2_800_000);
    } finally {
      await prisma.$executeRaw`ANALYZE "TindakLanjut"`;
    }
  });
});
