// Search reads who may open a letter from the letter itself (pembacaJabatanIds and deliveryJabatanIds,
// kept by triggers). These tests change the rows that grant reading through the services that write
// them and search at once: a new disposisi recipient finds the letter, a withdrawn one no longer does,
// a verifikator added to the paraf chain finds the konsep, a Plt. reads through the post only while the
// assignment lasts, and a Rahasia letter stays hidden from everyone not entitled as its readers change.
// The scopes that read the columns (naskahReadableScope in Prisma, naskahReadableSql in SQL) are held
// to the rule written over the rows that grant reading, for every role and every letter made here.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { opdIdsWithRole } from '@/lib/authz/policy';
import { bukanTerbatas, naskahDraftScope, naskahReadableScope, naskahVisibleScope, readablePostIds } from '@/lib/authz/scope';
import { naskahReadableSql } from '@/lib/authz/scope-sql';
import { endPenugasanSchema } from '@/lib/domain/admin/schemas';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { endPenugasan } from '@/lib/services/admin/end-penugasan';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { assign, createJabatan, createPegawai, createPencatat, grantRole } from '../support/factories';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

let w: Awaited<ReturnType<typeof world>>;

async function world() {
  const d = await createSigningWorld();
  const { instansi, opd } = d;
  const person = async (jabatanId: string) => {
    const pegawai = await createPegawai(instansi.id, opd.id);
    await assign(pegawai.id, jabatanId, 'DEFINITIF', '2020-01-01');
    return pegawai;
  };
  const { pegawai: pencatat } = await createPencatat(d);
  const admin = await person((await createJabatan(opd.id, { parentId: d.sekretaris.jabatan.id, level: 3, jenis: 'PELAKSANA' })).id);
  await grantRole(instansi.id, admin.id, 'ADMIN_OPD', opd.id);
  // A vacant kabid post, held by a Plt. whose own post is a seksi under the other kabid.
  const vacant = await createJabatan(opd.id, { parentId: d.kepalaJabatan.id, level: 2 });
  const plt = await person((await createJabatan(opd.id, { parentId: d.kabid2.jabatan.id, level: 3 })).id);
  const pltPenugasan = await prisma.penugasanJabatan.create({
    data: { pegawaiId: plt.id, jabatanId: vacant.id, jenis: 'PLT', mulai: new Date('2020-01-01T00:00:00Z'), selesai: new Date('2099-12-31T00:00:00Z') },
  });
  return { ...d, pencatat, admin, vacant, plt, pltPenugasanId: pltPenugasan.id, pencatatActor: await actorFor(pencatat.id) };
}

beforeAll(async () => {
  w = await world();
}, 120_000);

async function register(perihal: string, klasifikasiKeamanan: 'BIASA' | 'RAHASIA') {
  return registerSuratMasuk(
    w.pencatatActor,
    registerSuratMasukSchema.parse({ nomor: `800/${randomUUID().slice(0, 6)}/UJI/2026`, tanggalSurat: '2026-11-20', pengirimNama: 'Kementerian Uji', perihal, klasifikasiKeamanan, pindaian: asFile(await tinyPdf(), 'surat.pdf') }),
  );
}

async function dispose(from: Actor, naskahId: string, penerima: string[]) {
  return giveDisposisi(from, giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'], batasWaktu: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }));
}

/** The ids search returns for a word, as this actor. */
async function finds(actor: Actor, q: string): Promise<string[]> {
  return (await cariSurat(actor, cariFilterSchema.parse({ q }))).hasil.map((h) => h.id);
}

/**
 * Who may open a letter, written over the rows that grant reading (deliveries, disposisi, the paraf
 * chain), never over the reader columns: the rule every column-based scope must agree with.
 */
function menurutBaris(actor: Actor) {
  const own = actor.activePost ? [actor.activePost.jabatanId] : [];
  const pencatat = opdIdsWithRole(actor, 'suratMasuk.register');
  return {
    opd: { instansiId: actor.instansiId },
    OR: [
      { deliveries: { some: { jabatanId: { in: own } } } },
      { deliveries: { some: { jabatanId: { in: readablePostIds(actor) } } }, ...bukanTerbatas() },
      { disposisi: { some: { penerima: { some: { jabatanId: { in: own }, status: { not: 'DITARIK' as const } } } } } },
      { disposisi: { some: { dariJabatanId: { in: own } } } },
      ...(pencatat === 'ALL' ? [] : [{ sumber: 'EKSTERNAL' as const, opdId: { in: pencatat }, ...bukanTerbatas() }]),
      { sumber: 'INTERNAL' as const, OR: [{ pembuatJabatanId: { in: own } }, { penandatanganJabatanId: { in: own } }, { verifikasi: { some: { jabatanId: { in: own } } } }] },
    ],
  };
}

/** The letters of this world's OPD the actor may open, by each of the four ways of asking. */
async function readableIds(actor: Actor, naskahId?: string) {
  const where = { opdId: w.opd.id, ...(naskahId ? { id: naskahId } : {}) };
  const ids = async (scope: object) => (await prisma.naskah.findMany({ where: { AND: [where, scope] }, select: { id: true } })).map((r) => r.id).sort();
  const sql = await prisma.$queryRaw<{ id: string }[]>`SELECT n.id FROM "Naskah" n WHERE n."opdId" = ${w.opd.id}::uuid AND ${naskahReadableSql(actor, 'n')}`;
  return {
    rows: await ids(menurutBaris(actor)),
    readableScope: await ids(naskahReadableScope(actor)),
    visibleOrDraft: await ids({ OR: [naskahVisibleScope(actor), naskahDraftScope(actor)] }),
    sql: sql.map((r) => r.id).filter((id) => !naskahId || id === naskahId).sort(),
  };
}

/** Whether the actor may open the letter, after checking that every scope gives the same answer. */
async function mayOpen(actor: Actor, naskahId: string): Promise<boolean> {
  const r = await readableIds(actor, naskahId);
  expect({ readableScope: r.readableScope, visibleOrDraft: r.visibleOrDraft, sql: r.sql }).toEqual({ readableScope: r.rows, visibleOrDraft: r.rows, sql: r.rows });
  return r.rows.length === 1;
}

describe('who may read a letter, kept on the letter', () => {
  it('a new disposisi recipient finds the letter at once, and loses it when the disposisi is withdrawn', async () => {
    const word = `Gelatik${randomUUID().slice(0, 8)}`;
    const letter = await register(`Laporan ${word}`, 'RAHASIA');
    const kepala = await actorFor(w.kepala.id);
    const kabid2 = await actorFor(w.kabid2.pegawai.id);
    expect(await finds(kepala, word)).toEqual([letter.id]);
    expect(await finds(kabid2, word)).toEqual([]);

    const disposisi = await dispose(kepala, letter.id, [w.kabid2.jabatan.id]);
    expect(await finds(kabid2, word)).toEqual([letter.id]);
    expect(await mayOpen(kabid2, letter.id)).toBe(true);

    await withdrawDisposisi(kepala, disposisi.disposisiId);
    expect(await finds(kabid2, word)).toEqual([]);
    expect(await mayOpen(kabid2, letter.id)).toBe(false);
    // The giver still reads what it once disposed, as the Prisma scope says.
    expect(await finds(kepala, word)).toEqual([letter.id]);
  });

  it('a Rahasia letter stays hidden from every post not entitled while its readers change', async () => {
    const word = `Kepodang${randomUUID().slice(0, 8)}`;
    const letter = await register(`Pemeriksaan ${word}`, 'RAHASIA');
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    await dispose(kepala, letter.id, [w.kabid.jabatan.id]);
    // The kabid passes it down to the staf: the tree grows, and only the posts on it read the letter.
    await dispose(kabid, letter.id, [w.staf.jabatan.id]);
    const roles: Record<string, [Actor, boolean]> = {
      kepala: [kepala, true],
      kabid: [kabid, true],
      staf: [await actorFor(w.staf.pegawai.id), true],
      sekretaris: [await actorFor(w.sekretaris.pegawai.id), false],
      kabid2: [await actorFor(w.kabid2.pegawai.id), false],
      pencatat: [w.pencatatActor, false],
      adminOpd: [await actorFor(w.admin.id), false],
      pltActing: [await actorFor(w.plt.id, w.vacant.id), false],
    };
    for (const [role, [actor, entitled]] of Object.entries(roles)) {
      expect({ role, found: await finds(actor, word) }).toEqual({ role, found: entitled ? [letter.id] : [] });
      expect({ role, mayOpen: await mayOpen(actor, letter.id) }).toEqual({ role, mayOpen: entitled });
    }
    // The same letter, Biasa, is read by the sekretaris (for the pimpinan) and the pencatat (its OPD's register).
    const biasa = await register(`Pemeriksaan ${word} terbuka`, 'BIASA');
    expect(await finds(roles.sekretaris![0], `${word} terbuka`)).toEqual([biasa.id]);
    expect(await finds(w.pencatatActor, `${word} terbuka`)).toEqual([biasa.id]);
  });

  it('a Plt. reads through the post while the assignment lasts, and not after it is ended', async () => {
    const word = `Cucakrawa${randomUUID().slice(0, 8)}`;
    const letter = await register(`Undangan ${word}`, 'BIASA');
    await dispose(await actorFor(w.kepala.id), letter.id, [w.vacant.id]);
    const acting = await actorFor(w.plt.id, w.vacant.id);
    expect(acting.activePost?.jabatanId).toBe(w.vacant.id);
    expect(await finds(acting, word)).toEqual([letter.id]);
    expect(await finds(await actorFor(w.plt.id), word)).toEqual([]);

    const yesterday = calendarDay(new Date(Date.now() - 86_400_000));
    await endPenugasan(await actorFor(w.admin.id), endPenugasanSchema.parse({ penugasanId: w.pltPenugasanId, selesai: yesterday }));
    const after = await actorFor(w.plt.id, w.vacant.id);
    expect(after.posts.map((p) => p.jabatanId)).not.toContain(w.vacant.id);
    expect(await finds(after, word)).toEqual([]);
    // The post still reads it: whoever holds it next finds the letter without any letter changing.
    const next = await createPegawai(w.instansi.id, w.opd.id);
    await assign(next.id, w.vacant.id, 'PLH', yesterday, '2099-12-31');
    expect(await finds(await actorFor(next.id, w.vacant.id), word)).toEqual([letter.id]);
  });

  it('a verifikator added to the paraf chain finds the konsep at once, and not once removed from it', async () => {
    const word = `Jalak${randomUUID().slice(0, 8)}`;
    const naskah = await createNaskahMenungguTandaTangan(w, { perihal: `Nota ${word}`, status: 'KONSEP' });
    const kabid2 = await actorFor(w.kabid2.pegawai.id);
    expect(await finds(kabid2, word)).toEqual([]);
    const step = await prisma.verifikasiNaskah.create({ data: { naskahId: naskah.id, putaran: 2, urutan: 1, jabatanId: w.kabid2.jabatan.id } });
    expect(await finds(kabid2, word)).toEqual([naskah.id]);
    expect(await mayOpen(kabid2, naskah.id)).toBe(true);
    await prisma.verifikasiNaskah.delete({ where: { id: step.id } });
    expect(await finds(kabid2, word)).toEqual([]);
    expect(await mayOpen(kabid2, naskah.id)).toBe(false);
    // The signer moves: the new one reads the konsep, the old one no longer does.
    const kepala = await actorFor(w.kepala.id);
    expect(await finds(kepala, word)).toEqual([naskah.id]);
    await prisma.naskah.update({ where: { id: naskah.id }, data: { penandatanganJabatanId: w.sekretaris.jabatan.id } });
    expect(await finds(kepala, word)).toEqual([]);
    expect(await mayOpen(kepala, naskah.id)).toBe(false);
    expect(await finds(await actorFor(w.sekretaris.pegawai.id), word)).toEqual([naskah.id]);
  });

  it('reads the same letters through the reader columns as through the rows, for every role, in Prisma and in SQL', async () => {
    const roles: Record<string, Actor> = {
      kepala: await actorFor(w.kepala.id),
      sekretaris: await actorFor(w.sekretaris.pegawai.id),
      kabid: await actorFor(w.kabid.pegawai.id),
      kabid2: await actorFor(w.kabid2.pegawai.id),
      staf: await actorFor(w.staf.pegawai.id),
      pencatat: w.pencatatActor,
      adminOpd: await actorFor(w.admin.id),
      pltOwnPost: await actorFor(w.plt.id),
    };
    let seen = 0;
    for (const [role, actor] of Object.entries(roles)) {
      const r = await readableIds(actor);
      expect({ role, readableScope: r.readableScope, visibleOrDraft: r.visibleOrDraft, sql: r.sql }).toEqual({ role, readableScope: r.rows, visibleOrDraft: r.rows, sql: r.rows });
      seen += r.rows.length;
    }
    // The letters above (Rahasia and Biasa, external and internal) reached several of these roles.
    expect(seen).toBeGreaterThan(8);
  });

  it('never drifts from the rows that grant reading, for any letter in the database', async () => {
    const drift = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Naskah" n
      WHERE n."pembacaJabatanIds" IS DISTINCT FROM eoffice_pembaca(n.id, n."sumber", n."pembuatJabatanId", n."penandatanganJabatanId")
         OR n."deliveryJabatanIds" IS DISTINCT FROM eoffice_pembaca_delivery(n.id)`;
    const letters = await prisma.naskah.count();
    expect(letters).toBeGreaterThan(0);
    expect(Number(drift[0]!.n)).toBe(0);
  });
});
