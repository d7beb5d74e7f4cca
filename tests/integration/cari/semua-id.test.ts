// Every ranked letter of a search in one statement (cariSemuaId, what "Unduh semua hasil" exports):
// the same letters in the same order as reading the pages one by one, and only the actor's.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { CARI_PER_HALAMAN } from '@/lib/domain/cari/query';
import { cariSemuaId, cariSurat } from '@/lib/services/cari/cari-surat';
import type { Actor } from '@/lib/authz/actor';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

/** Letters only: a word with a digit would be read as a number fragment. */
const KATA = `Kemarau${randomUUID().slice(0, 8).replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
let kepala: Actor;
let kabid: Actor;
const letters: string[] = [];

beforeAll(async () => {
  const w = await createDisposisiWorld();
  kepala = await actorFor(w.kepala.id);
  kabid = await actorFor(w.kabid.pegawai.id);
  // More than two pages, the word in the hal of some (ranked higher) and in the sender of others.
  for (let i = 0; i < CARI_PER_HALAMAN * 2 + 5; i++) {
    const inHal = i % 3 === 0;
    const d = await deliverLetter(w.opd.id, w.kepalaJabatan.id, {
      perihal: inHal ? `Penanganan ${KATA} tahap ${i}` : `Laporan bulanan ${i}`,
      pengirimNama: inHal ? 'Badan Penanggulangan Bencana' : `Balai ${KATA}`,
      kecepatan: i % 4 === 0 ? 'SEGERA' : 'BIASA',
    });
    letters.push(d.naskahId);
  }
  // Another OPD's letter with the word: never the kepala's.
  const lain = await createDisposisiWorld();
  await deliverLetter(lain.opd.id, lain.kepalaJabatan.id, { perihal: `Penanganan ${KATA} di kabupaten lain` });
}, 120_000);

describe('cariSemuaId', () => {
  it('gives every page of the search in order, in one statement', async () => {
    const pages: string[] = [];
    for (let halaman = 1; ; halaman++) {
      const page = await cariSurat(kepala, cariFilterSchema.parse({ q: KATA, halaman }));
      pages.push(...page.hasil.map((h) => h.id));
      if (!page.adaBerikutnya) break;
    }
    expect(pages).toHaveLength(letters.length);
    expect(await cariSemuaId(kepala, cariFilterSchema.parse({ q: KATA, halaman: 2 }))).toEqual(pages);
    expect(new Set(pages)).toEqual(new Set(letters));
  });

  it('keeps to the letters the actor may read, and to the filters', async () => {
    // The kabid was given none of them.
    expect(await cariSemuaId(kabid, cariFilterSchema.parse({ q: KATA }))).toEqual([]);
    const segera = await cariSemuaId(kepala, cariFilterSchema.parse({ q: KATA, kecepatan: 'SEGERA' }));
    expect(new Set(segera)).toEqual(new Set(letters.filter((_, i) => i % 4 === 0)));
    expect(await cariSemuaId(kepala, cariFilterSchema.parse({}))).toEqual([]);
  });
});

describe('newest first (urut=terbaru)', () => {
  const pagesOf = async (actor: Actor, filter: Record<string, unknown>) => {
    const ids: string[] = [];
    for (let halaman = 1; ; halaman++) {
      const page = await cariSurat(actor, cariFilterSchema.parse({ ...filter, halaman }));
      ids.push(...page.hasil.map((h) => h.id));
      if (!page.adaBerikutnya) break;
    }
    return ids;
  };

  it('lists every match newest first, page by page and in the export, where the default ranks the hal matches first', async () => {
    const newest = [...letters].reverse();
    const terbaru = await pagesOf(kepala, { q: KATA, urut: 'terbaru' });
    expect(terbaru).toEqual(newest);
    expect(await cariSemuaId(kepala, cariFilterSchema.parse({ q: KATA, urut: 'terbaru' }))).toEqual(newest);
    // The default order puts the letters with the word in their hal (every third) before the others.
    const sesuai = await pagesOf(kepala, { q: KATA });
    const dalamHal = new Set(letters.filter((_, i) => i % 3 === 0));
    expect(sesuai.slice(0, dalamHal.size).every((id) => dalamHal.has(id))).toBe(true);
    expect(sesuai).not.toEqual(terbaru);
  });

  it('keeps the filters and the actor\'s letters, and takes an unknown order as the default', async () => {
    const segera = await pagesOf(kepala, { q: KATA, kecepatan: 'SEGERA', urut: 'terbaru' });
    expect(segera).toEqual(letters.filter((_, i) => i % 4 === 0).reverse());
    expect(await pagesOf(kabid, { q: KATA, urut: 'terbaru' })).toEqual([]);
    expect(cariFilterSchema.parse({ q: KATA, urut: 'acak' }).urut).toBeUndefined();
    expect(cariFilterSchema.parse({ q: KATA, urut: ['terbaru', 'x'] }).urut).toBeUndefined();
  });
});
