// naskahVisibleSql (the raw SQL the letter page opens a letter with) against naskahVisibleScope (the
// Prisma rule every other read uses), for every role of an OPD where letters were delivered,
// registered, disposed, re-disposed and withdrawn: the same letters, and openSurat opens exactly those.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahVisibleScope } from '@/lib/authz/scope';
import { naskahVisibleSql } from '@/lib/authz/scope-sql';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { NotFoundError } from '@/lib/domain/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { createRahasiaWorld } from '../support/rahasia-world';

const tag = randomUUID().slice(0, 8);
let w: Awaited<ReturnType<typeof createRahasiaWorld>>;
const besok = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const give = (naskahId: string, penerima: string[], parentPenerimaId?: string) =>
  giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'], batasWaktu: besok(), ...(parentPenerimaId && { parentPenerimaId }) });

beforeAll(async () => {
  w = await createRahasiaWorld({
    biasa: { perihal: `Biasa ${tag}`, pengirim: 'Kementerian Uji' },
    rahasia: { perihal: `Rahasia ${tag}`, pengirim: 'Inspektorat' },
    sangatRahasia: { perihal: `Sangat rahasia ${tag}`, pengirim: 'Kejaksaan' },
  });
  const { kepala, kabid, kabid2, staf } = w.roles;
  // The kabid passes the Rahasia letter on to a staf (disposed by the kabid, to the staf).
  const [kabidPenerima] = await prisma.penerimaDisposisi.findMany({ where: { jabatanId: kabid.activePost!.jabatanId, disposisi: { naskahId: w.ids.rahasia } }, select: { id: true } });
  await giveDisposisi(kabid, give(w.ids.rahasia, [staf.activePost!.jabatanId], kabidPenerima!.id));
  // The Biasa letter disposed to the other kabid and withdrawn: nothing of it stays with that kabid.
  const { disposisiId } = await giveDisposisi(kepala, give(w.ids.biasa, [kabid2.activePost!.jabatanId]));
  await withdrawDisposisi(kepala, disposisiId);
}, 120_000);

async function visibleBySql(actor: Actor): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT n.id FROM "Naskah" n WHERE n."opdId" = ${w.opdId}::uuid AND ${naskahVisibleSql(actor, 'n')}`);
  return rows.map((r) => r.id).sort();
}

async function visibleByPrisma(actor: Actor): Promise<string[]> {
  return (await prisma.naskah.findMany({ where: { opdId: w.opdId, ...naskahVisibleScope(actor) }, select: { id: true } })).map((r) => r.id).sort();
}

const EXPECTED: Record<string, ('biasa' | 'rahasia' | 'sangatRahasia')[]> = {
  kepala: ['biasa', 'rahasia', 'sangatRahasia'],
  kabid: ['rahasia'],
  kabid2: [],
  sekretaris: ['biasa'],
  staf: ['rahasia'],
  pencatat: ['biasa'],
  adminOpd: [],
  adminInstansi: [],
  pltOwnPost: [],
  pltActing: [],
};

describe('naskahVisibleSql', () => {
  for (const [role, expected] of Object.entries(EXPECTED)) {
    it(`${role}: the same letters as naskahVisibleScope, and openSurat opens exactly those`, async () => {
      const actor = w.roles[role as keyof typeof w.roles];
      const names = (ids: string[]) => Object.entries(w.ids).filter(([, id]) => ids.includes(id)).map(([name]) => name).sort();
      const bySql = await visibleBySql(actor);
      expect(bySql).toEqual(await visibleByPrisma(actor));
      expect(names(bySql)).toEqual([...expected].sort());
      if (!actor.activePost) return;
      for (const [name, id] of Object.entries(w.ids)) {
        const opened = openSurat(actor, id);
        if (expected.includes(name as 'biasa')) await expect(opened).resolves.toMatchObject({ id });
        else await expect(opened).rejects.toBeInstanceOf(NotFoundError);
      }
    });
  }

  it('opens the letter with its parts: the sender, the scan, and no klasifikasi when none was set', async () => {
    const view = await openSurat(w.roles.kepala, w.ids.biasa);
    const berkas = await prisma.naskah.findUniqueOrThrow({ where: { id: w.ids.biasa }, select: { berkasUtama: { select: { id: true, namaFile: true, mime: true, ukuran: true } }, nomor: true } });
    expect(view).toMatchObject({ perihal: `Biasa ${tag}`, pengirim: 'Kementerian Uji', nomor: berkas.nomor, klasifikasiKeamanan: 'BIASA', berkas: berkas.berkasUtama, bisaDisposisi: true });
    expect(view.klasifikasiArsip).toBeNull();
    expect(view.tanggalNaskah).toEqual(new Date('2026-11-20T00:00:00.000Z'));
    // The sekretaris may dispose of what was delivered to the kepala they stand in for.
    expect((await openSurat(w.roles.sekretaris, w.ids.biasa)).bisaDisposisi).toBe(true);
  });

  it('names the OPD when the letter has no outside sender, and gives the kode klasifikasi when one was set', async () => {
    const opd = await prisma.opd.findUniqueOrThrow({ where: { id: w.opdId }, select: { nama: true, instansiId: true } });
    const klasifikasi = await prisma.klasifikasiArsip.create({ data: { instansiId: opd.instansiId, kode: `800.${tag}`, nama: 'Kepegawaian' } });
    await prisma.naskah.update({ where: { id: w.ids.rahasia }, data: { pengirimNama: null, klasifikasiArsipId: klasifikasi.id } });
    const view = await openSurat(w.roles.kepala, w.ids.rahasia);
    expect(view).toMatchObject({ pengirim: opd.nama, klasifikasiArsip: { kode: `800.${tag}`, nama: 'Kepegawaian' }, klasifikasiKeamanan: 'RAHASIA' });
    expect(view.berkas).not.toBeNull();
  });
});
