// The naskah worklists (Konsep, Dibatalkan, Perlu Verifikasi, Perlu Tanda Tangan, Arsip, Sudah
// Ditandatangani, Terkirim): which naskah each holds for a post, in what order, what each row says
// (the drafter's post, whose paraf it waits for), and that paging by cursor walks the same rows,
// ties in time included, without repeating or skipping one. The badge counts are held to the lists.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { countPerluVerifikasi, listNaskahWorklist, listNaskahWorklistPage, type NaskahWorklist } from '@/lib/services/naskah/list-naskah-worklist';
import { encodeWorklistCursor } from '@/lib/domain/naskah/worklist-cursor';
import type { DerajatKecepatan, StatusNaskah, StatusVerifikasi } from '@/lib/generated/prisma/enums';
import { actorFor } from '../support/actors';
import { createDisposisiWorld } from '../support/factories';

type World = Awaited<ReturnType<typeof createDisposisiWorld>>;
let w: World;

interface Made {
  id: string;
  perihal: string;
  status: StatusNaskah;
  sumber: 'INTERNAL' | 'EKSTERNAL';
  derajatKecepatan: DerajatKecepatan;
  updatedAt: Date;
  ditandatanganiPada: Date | null;
  pembuat: string | null;
  penandatangan: string | null;
}
const made: Made[] = [];

// One clock for the whole world, so several naskah share a time on purpose (ties broken by id).
const T0 = Date.UTC(2026, 10, 2, 3, 0, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

async function naskah(
  perihal: string,
  opts: {
    status: StatusNaskah;
    sumber?: 'INTERNAL' | 'EKSTERNAL';
    pembuat?: string | null;
    penandatangan?: string | null;
    kecepatan?: DerajatKecepatan;
    diubah: Date;
    ditandatangani?: Date;
    rantai?: { putaran: number; urutan: number; jabatanId: string; status: StatusVerifikasi }[];
  },
) {
  const n = await prisma.naskah.create({
    data: {
      opdId: w.opd.id,
      sumber: opts.sumber ?? 'INTERNAL',
      jenis: 'NOTA_DINAS',
      status: opts.status,
      perihal,
      derajatKecepatan: opts.kecepatan ?? 'BIASA',
      pembuatJabatanId: opts.pembuat === undefined ? w.staf.jabatan.id : opts.pembuat,
      penandatanganJabatanId: opts.penandatangan === undefined ? w.kepalaJabatan.id : opts.penandatangan,
      ditandatanganiPada: opts.ditandatangani ?? null,
      verifikasi: opts.rantai ? { create: opts.rantai } : undefined,
    },
  });
  // Set last: Prisma stamps updatedAt itself on create, and the chain's trigger touches the naskah.
  await prisma.$executeRaw`UPDATE "Naskah" SET "updatedAt" = ${opts.diubah} WHERE id = ${n.id}::uuid`;
  made.push({
    id: n.id,
    perihal,
    status: opts.status,
    sumber: opts.sumber ?? 'INTERNAL',
    derajatKecepatan: opts.kecepatan ?? 'BIASA',
    updatedAt: opts.diubah,
    ditandatanganiPada: opts.ditandatangani ?? null,
    pembuat: n.pembuatJabatanId,
    penandatangan: n.penandatanganJabatanId,
  });
  return n;
}

const KECEPATAN_URUT: DerajatKecepatan[] = ['BIASA', 'SEGERA', 'SANGAT_SEGERA'];
const desc = <T>(a: T, b: T) => (a < b ? 1 : a > b ? -1 : 0);
const byChanged = (a: Made, b: Made) => desc(a.updatedAt.getTime(), b.updatedAt.getTime()) || desc(a.id, b.id);
const byUrgency = (a: Made, b: Made) => desc(KECEPATAN_URUT.indexOf(a.derajatKecepatan), KECEPATAN_URUT.indexOf(b.derajatKecepatan)) || byChanged(a, b);
const bySigned = (a: Made, b: Made) => desc(a.ditandatanganiPada!.getTime(), b.ditandatanganiPada!.getTime()) || desc(a.id, b.id);
const perihal = (rows: { perihal: string }[]) => rows.map((r) => r.perihal);

beforeAll(async () => {
  w = await createDisposisiWorld();
  const staf = w.staf.jabatan.id;
  const kabid = w.kabid.jabatan.id;
  const kabid2 = w.kabid2.jabatan.id;
  const kepala = w.kepalaJabatan.id;
  const menunggu = (jabatanId: string, urutan = 1, putaran = 1) => ({ putaran, urutan, jabatanId, status: 'MENUNGGU' as const });
  const setuju = (jabatanId: string, urutan = 1, putaran = 1) => ({ putaran, urutan, jabatanId, status: 'DISETUJUI' as const });

  await naskah('konsep baru', { status: 'KONSEP', diubah: at(10) });
  await naskah('konsep kembali', { status: 'DIKEMBALIKAN', diubah: at(20), rantai: [{ putaran: 1, urutan: 1, jabatanId: kabid, status: 'DIKEMBALIKAN' }] });
  await naskah('konsep sama waktu 1', { status: 'KONSEP', diubah: at(30) });
  await naskah('konsep sama waktu 2', { status: 'KONSEP', diubah: at(30) });
  await naskah('konsep sama waktu 3', { status: 'KONSEP', diubah: at(30) });
  await naskah('konsep dibatalkan 1', { status: 'DIBATALKAN', diubah: at(5) });
  await naskah('konsep dibatalkan 2', { status: 'DIBATALKAN', diubah: at(6) });
  await naskah('konsep pos lain', { status: 'KONSEP', pembuat: kabid2, diubah: at(40) });

  // Perlu verifikasi: whose turn is the first waiting step of the latest round, none once returned.
  await naskah('paraf kabid segera', { status: 'VERIFIKASI', kecepatan: 'SEGERA', diubah: at(11), rantai: [menunggu(kabid, 1), menunggu(kabid2, 2)] });
  await naskah('paraf kabid biasa', { status: 'VERIFIKASI', diubah: at(50), rantai: [menunggu(kabid)] });
  await naskah('paraf kabid sangat segera', { status: 'VERIFIKASI', kecepatan: 'SANGAT_SEGERA', diubah: at(1), rantai: [menunggu(kabid)] });
  await naskah('paraf kabid sama waktu', { status: 'VERIFIKASI', diubah: at(50), rantai: [menunggu(kabid)] });
  await naskah('paraf putaran 2', { status: 'VERIFIKASI', diubah: at(12), rantai: [{ putaran: 1, urutan: 1, jabatanId: kabid, status: 'DIKEMBALIKAN' }, menunggu(kabid, 1, 2)] });
  await naskah('sudah diparaf kabid', { status: 'VERIFIKASI', diubah: at(13), rantai: [setuju(kabid, 1), menunggu(kabid2, 2)] });
  await naskah('menunggu kabid sebelumnya', { status: 'VERIFIKASI', diubah: at(14), rantai: [menunggu(kabid2, 1), menunggu(kabid, 2)] });

  // Perlu tanda tangan of the kepala.
  await naskah('tanda tangan biasa', { status: 'MENUNGGU_TANDA_TANGAN', diubah: at(60), rantai: [setuju(kabid)] });
  await naskah('tanda tangan sangat segera', { status: 'MENUNGGU_TANDA_TANGAN', kecepatan: 'SANGAT_SEGERA', diubah: at(2), rantai: [setuju(kabid)] });
  for (let i = 0; i < 4; i += 1) await naskah(`tanda tangan segera ${i}`, { status: 'MENUNGGU_TANDA_TANGAN', kecepatan: 'SEGERA', diubah: at(i < 3 ? 70 : 3) });
  await naskah('tanda tangan kabid2', { status: 'MENUNGGU_TANDA_TANGAN', penandatangan: kabid2, diubah: at(80) });

  // Signed: the drafter's Terkirim, the signer's Sudah Ditandatangani, both posts' Arsip.
  await naskah('ditandatangani 1', { status: 'DITANDATANGANI', diubah: at(100), ditandatangani: at(90) });
  await naskah('ditandatangani sama waktu 1', { status: 'DITANDATANGANI', diubah: at(101), ditandatangani: at(95) });
  await naskah('ditandatangani sama waktu 2', { status: 'DITANDATANGANI', diubah: at(102), ditandatangani: at(95) });
  await naskah('ditandatangani kabid2', { status: 'DITANDATANGANI', pembuat: kabid2, penandatangan: kabid2, diubah: at(103), ditandatangani: at(96) });
  await naskah('buatan kepala', { status: 'DITANDATANGANI', pembuat: kepala, penandatangan: kabid2, diubah: at(104), ditandatangani: at(97) });
  // Drafted and signed by the same post: in both of Arsip's arms, listed once.
  await naskah('disusun dan ditandatangani kepala', { status: 'DITANDATANGANI', pembuat: kepala, penandatangan: kepala, diubah: at(106), ditandatangani: at(97) });
  await naskah('surat masuk tercatat', { status: 'DITANDATANGANI', sumber: 'EKSTERNAL', pembuat: staf, penandatangan: kepala, diubah: at(105), ditandatangani: at(98) });
}, 60_000);

const mine = (rule: (m: Made) => boolean, order: (a: Made, b: Made) => number) => made.filter(rule).sort(order);

describe('naskah worklists', () => {
  const EXPECTED: Record<NaskahWorklist, { who: 'staf' | 'kabid' | 'kepala'; rows: () => Made[] }> = {
    konsep: {
      who: 'staf',
      rows: () => mine((m) => m.sumber === 'INTERNAL' && m.pembuat === w.staf.jabatan.id && ['KONSEP', 'DIKEMBALIKAN', 'VERIFIKASI', 'MENUNGGU_TANDA_TANGAN'].includes(m.status), byChanged),
    },
    dibatalkan: { who: 'staf', rows: () => mine((m) => m.pembuat === w.staf.jabatan.id && m.status === 'DIBATALKAN', byChanged) },
    verifikasi: {
      who: 'kabid',
      rows: () => mine((m) => ['paraf kabid segera', 'paraf kabid biasa', 'paraf kabid sangat segera', 'paraf kabid sama waktu', 'paraf putaran 2'].includes(m.perihal), byUrgency),
    },
    tandaTangan: { who: 'kepala', rows: () => mine((m) => m.status === 'MENUNGGU_TANDA_TANGAN' && m.penandatangan === w.kepalaJabatan.id, byUrgency) },
    arsip: {
      who: 'kepala',
      rows: () => mine((m) => m.status === 'DITANDATANGANI' && (m.pembuat === w.kepalaJabatan.id || m.penandatangan === w.kepalaJabatan.id), bySigned),
    },
    sudahDitandatangani: {
      who: 'kepala',
      rows: () => mine((m) => m.sumber === 'INTERNAL' && m.status === 'DITANDATANGANI' && m.penandatangan === w.kepalaJabatan.id, bySigned),
    },
    terkirim: { who: 'staf', rows: () => mine((m) => m.sumber === 'INTERNAL' && m.status === 'DITANDATANGANI' && m.pembuat === w.staf.jabatan.id, bySigned) },
  };
  const actorOf = (who: 'staf' | 'kabid' | 'kepala') => actorFor(who === 'kepala' ? w.kepala.id : w[who].pegawai.id);

  for (const [worklist, { who, rows }] of Object.entries(EXPECTED) as [NaskahWorklist, (typeof EXPECTED)[NaskahWorklist]][]) {
    it(`${worklist}: the ${who}'s naskah in the list's order, and the same rows page by page`, async () => {
      const expected = perihal(rows());
      expect(expected.length).toBeGreaterThan(1);
      const actor = await actorOf(who);
      expect(perihal(await listNaskahWorklist(actor, worklist))).toEqual(expected);

      for (const take of [1, 2]) {
        const walked: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<typeof listNaskahWorklistPage>> = await listNaskahWorklistPage(actor, worklist, { cursor, take });
          expect(page.rows.length).toBeLessThanOrEqual(take);
          walked.push(...perihal(page.rows));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor && pages < 50);
        expect(walked).toEqual(expected);
      }
    });
  }

  it('a row says who drafted it and, while it waits for paraf, whose paraf', async () => {
    const rows = await listNaskahWorklist(await actorFor(w.staf.pegawai.id), 'konsep');
    const row = (p: string) => rows.find((r) => r.perihal === p)!;
    const [kabid, kabid2, staf] = await Promise.all([w.kabid.jabatan.id, w.kabid2.jabatan.id, w.staf.jabatan.id].map((id) => prisma.jabatan.findUniqueOrThrow({ where: { id } })));
    expect(row('paraf kabid segera')).toMatchObject({ status: 'VERIFIKASI', giliran: kabid!.namaSingkat, giliranJabatanId: kabid!.id, pembuat: staf!.namaSingkat, pembuatJabatanId: staf!.id, jenis: 'NOTA_DINAS' });
    expect(row('sudah diparaf kabid')).toMatchObject({ giliran: kabid2!.namaSingkat, giliranJabatanId: kabid2!.id });
    // Returned, or past every paraf: nobody's paraf is awaited.
    expect(row('konsep kembali')).toMatchObject({ status: 'DIKEMBALIKAN', giliran: null, giliranJabatanId: null });
    expect(row('tanda tangan biasa')).toMatchObject({ status: 'MENUNGGU_TANDA_TANGAN', giliran: null, giliranJabatanId: null });
    expect(row('konsep baru').updatedAt).toEqual(at(10));

    const signed = await listNaskahWorklist(await actorFor(w.kepala.id), 'arsip');
    expect(signed.find((r) => r.perihal === 'buatan kepala')).toMatchObject({ ditandatanganiPada: at(97), pembuat: (await prisma.jabatan.findUniqueOrThrow({ where: { id: w.kepalaJabatan.id } })).namaSingkat });
  });

  it('a cursor that was tampered with starts the list over; one naming a row that is gone still pages on', async () => {
    const actor = await actorFor(w.kepala.id);
    const all = perihal(await listNaskahWorklist(actor, 'tandaTangan'));
    expect(perihal(await listNaskahWorklist(actor, 'tandaTangan', { cursor: 'bukan-kursor' }))).toEqual(all);
    const forged = Buffer.from(JSON.stringify({ k: 'SEGERA', d: "2026-11-02'; DROP TABLE x", id: 'x' })).toString('base64url');
    expect(perihal(await listNaskahWorklist(actor, 'tandaTangan', { cursor: forged }))).toEqual(all);
    // After (SEGERA, at(70), the nil uuid): past all three SEGERA rows of at(70), the older SEGERA, then BIASA.
    const cursor = encodeWorklistCursor({ k: 'SEGERA', d: at(70).toISOString(), id: '00000000-0000-0000-0000-000000000000' });
    expect(perihal(await listNaskahWorklist(actor, 'tandaTangan', { cursor }))).toEqual(all.slice(all.indexOf('tanda tangan segera 3')));
  });

  it("the Perlu Verifikasi and Perlu Tanda Tangan badges count their lists' rows", async () => {
    const kabid = await actorFor(w.kabid.pegawai.id);
    const kepala = await actorFor(w.kepala.id);
    expect(await countPerluVerifikasi(kabid)).toBe((await listNaskahWorklist(kabid, 'verifikasi')).length);
    expect((await countWorklists(kabid)).verifikasi).toBe(5);
    expect((await countWorklists(kepala)).tandaTangan).toBe((await listNaskahWorklist(kepala, 'tandaTangan')).length);
    expect((await countWorklists(kepala)).tandaTangan).toBe(6);
  });
});
