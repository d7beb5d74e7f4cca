// Search over a Rahasia letter disposed from the kepala to one kabid and a Sangat Rahasia letter for
// the kepala alone, as every role of the OPD: the letter is found by its hal, its sender, its
// number, and its disposisi catatan only by those who may open it; for everyone else it is never
// a result (so never counted or highlighted). The SQL scope is also checked against the Prisma scopes.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahDraftScope, naskahReadableScope, naskahVisibleScope } from '@/lib/authz/scope';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { createRahasiaWorld } from '../support/rahasia-world';

const tag = randomUUID().slice(0, 8);
const RAHASIA = { perihal: `Pemeriksaan khusus Zamrud${tag}`, pengirim: `Inspektorat Jenderal Safir${tag}`, nomor: `700.1/0157/ITJEN${tag}/2026`, catatan: `Telusuri berkas Nilam${tag}` };
const SANGAT_RAHASIA = { perihal: `Penyelidikan internal Zamrud${tag}`, pengirim: `Kejaksaan Tinggi Safir${tag}`, nomor: `R-88/0157/KEJATI${tag}/2026` };
const BIASA = { perihal: `Undangan rapat Zamrud${tag}`, pengirim: `Kementerian Uji Safir${tag}`, nomor: `005/0157/KEMENUJI${tag}/2026` };

const world = () => createRahasiaWorld({ rahasia: RAHASIA, sangatRahasia: SANGAT_RAHASIA, biasa: BIASA }, { catatanDisposisi: RAHASIA.catatan });
let w: Awaited<ReturnType<typeof world>>;

beforeAll(async () => {
  w = await world();
}, 120_000);

/** Every search a person could type to reach these letters, and the ids each one returned. */
async function found(actor: Actor): Promise<Set<string>> {
  const queries = [`Zamrud${tag}`, `"pemeriksaan khusus"`, `Safir${tag}`, '0157', `/ITJEN${tag}/2026`, `${tag}/2026`, `Nilam${tag}`, `zamrud${tag} rapat`];
  const ids = new Set<string>();
  for (const q of queries) {
    for (const keamanan of [undefined, 'RAHASIA', 'SANGAT_RAHASIA']) {
      const { hasil } = await cariSurat(actor, cariFilterSchema.parse({ q, keamanan }));
      for (const h of hasil) ids.add(h.id);
      // Nothing of a hidden letter reaches the page: no highlighted hal, sender or snippet.
      const shown = hasil.map((h) => [h.nomor, h.perihal, h.pihak, h.cuplikan].map((s) => s.map((x) => x.teks).join('')).join('|')).join('\n');
      expect(shown.includes(RAHASIA.perihal)).toBe(hasil.some((h) => h.id === w.ids.rahasia));
      expect(shown.includes(SANGAT_RAHASIA.pengirim)).toBe(hasil.some((h) => h.id === w.ids.sangatRahasia));
    }
  }
  return ids;
}

const MAY_OPEN: Record<string, ('rahasia' | 'sangatRahasia' | 'biasa')[]> = {
  kepala: ['rahasia', 'sangatRahasia', 'biasa'],
  kabid: ['rahasia'],
  kabid2: [],
  sekretaris: ['biasa'],
  staf: [],
  pencatat: ['biasa'],
  adminOpd: [],
  adminInstansi: [],
  pltOwnPost: [],
  pltActing: [],
};

describe('search and Rahasia / Sangat Rahasia letters', () => {
  for (const [role, expected] of Object.entries(MAY_OPEN)) {
    it(`${role} finds exactly the letters that role may open`, async () => {
      const ids = await found(w.roles[role as keyof typeof w.roles]);
      const ours = Object.entries(w.ids).filter(([, id]) => ids.has(id)).map(([name]) => name).sort();
      expect(ours).toEqual([...expected].sort());
    });
  }

  it('finds the Rahasia letter by its disposisi catatan for the kabid it was disposed to', async () => {
    const { hasil } = await cariSurat(w.roles.kabid, cariFilterSchema.parse({ q: `Nilam${tag}` }));
    expect(hasil.map((h) => h.id)).toEqual([w.ids.rahasia]);
    expect(hasil[0]!.tautan).toBe(`/surat-masuk/${w.ids.rahasia}`);
  });

  it('highlights the number fragment and the hal word in what it returns', async () => {
    const { hasil } = await cariSurat(w.roles.kepala, cariFilterSchema.parse({ q: `/ITJEN${tag}/2026` }));
    expect(hasil.map((h) => h.id)).toEqual([w.ids.rahasia]);
    expect(hasil[0]!.nomor.filter((s) => s.tanda).map((s) => s.teks)).toEqual([`ITJEN${tag}`, '2026']);
  });

  it('agrees with the Prisma scopes (naskahReadableScope, and naskahVisibleScope or naskahDraftScope) for every role', async () => {
    for (const actor of Object.values(w.roles)) {
      const prismaIds = await prisma.naskah.findMany({ where: { opdId: w.opdId, OR: [naskahVisibleScope(actor), naskahDraftScope(actor)] }, select: { id: true } });
      const readableIds = await prisma.naskah.findMany({ where: { opdId: w.opdId, ...naskahReadableScope(actor) }, select: { id: true } });
      const { hasil } = await cariSurat(actor, cariFilterSchema.parse({ q: `Safir${tag}` }));
      expect(hasil.map((h) => h.id).sort()).toEqual(prismaIds.map((r) => r.id).sort());
      expect(readableIds.map((r) => r.id).sort()).toEqual(prismaIds.map((r) => r.id).sort());
    }
  });
});
