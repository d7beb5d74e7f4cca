import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/domain/errors';
import { loadActor } from '@/lib/services/auth/load-actor';
import { listNaskahWorklist } from '@/lib/services/naskah/list-naskah-worklist';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { demoAccount, type DemoAccountKey } from '@/prisma/seed/demo-accounts';
import { seedContoh, type SeedContohResult } from '@/prisma/seed/contoh/seed-contoh';
import { seedDemo } from '@/prisma/seed/seed-demo';

// The demo's sample letters, made through the app's own services. The test database is recreated
// on every run, so the first seedContoh here finds Diskominfo empty.
let first: SeedContohResult | null;
let second: SeedContohResult | null;

async function actorOf(key: DemoAccountKey) {
  const pegawai = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount(key).nip }, select: { id: true } });
  return (await loadActor(pegawai.id))!;
}

beforeAll(async () => {
  await seedDemo(prisma);
  first = await seedContoh();
  second = await seedContoh();
}, 300_000);

describe('seedContoh', () => {
  it('seeds once', () => {
    expect(first).toEqual({ suratMasuk: 5, naskah: 5 });
    expect(second).toBeNull();
  });

  it('fills the Kepala Dinas inbox with registered letters, unread first, the Rahasia one included', async () => {
    const kepala = await actorOf('kepala');
    const inbox = await listInbox(kepala);
    expect(inbox.rows.length).toBeGreaterThanOrEqual(5);
    const perihal = inbox.rows.map((r) => r.perihal);
    expect(perihal).toContain('Laporan Hasil Audit Keamanan Aplikasi Layanan Perizinan');
    const agenda = await prisma.naskah.findMany({ where: { sumber: 'EKSTERNAL', opd: { kode: 'DISKOMINFO' } }, select: { nomorAgenda: true } });
    expect(agenda.map((a) => a.nomorAgenda).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the Rahasia letter from the Kabid, who sees the letters disposed to him', async () => {
    const kabid = await actorOf('kabid');
    const rahasia = await prisma.naskah.findFirstOrThrow({ where: { perihal: 'Laporan Hasil Audit Keamanan Aplikasi Layanan Perizinan' }, select: { id: true } });
    await expect(openSurat(kabid, rahasia.id)).rejects.toThrow(NotFoundError);
    const spbe = await prisma.naskah.findFirstOrThrow({ where: { perihal: { startsWith: 'Undangan Rapat Koordinasi Nasional' } }, select: { id: true } });
    const view = await openSurat(kabid, spbe.id);
    expect(view.perihal).toContain('Percepatan SPBE');
  });

  it('leaves a disposisi done, one in progress and one overdue', async () => {
    const states = await prisma.penerimaDisposisi.findMany({
      where: { disposisi: { naskah: { opd: { kode: 'DISKOMINFO' }, sumber: 'EKSTERNAL' } } },
      select: { selesaiAt: true, batasWaktu: true, tindakLanjut: { select: { id: true } } },
    });
    expect(states.length).toBe(5);
    expect(states.filter((s) => s.selesaiAt).length).toBe(1);
    expect(states.filter((s) => !s.selesaiAt && s.tindakLanjut.length > 0).length).toBe(1);
    expect(states.filter((s) => !s.selesaiAt && s.batasWaktu && s.batasWaktu < new Date()).length).toBeGreaterThanOrEqual(1);
  });

  it('puts a naskah in every worklist and signs one with a number', async () => {
    const [staf, kabid, kepala] = await Promise.all([actorOf('staf'), actorOf('kabid'), actorOf('kepala')]);
    expect((await listNaskahWorklist(staf, 'konsep')).map((n) => n.status)).toEqual(expect.arrayContaining(['KONSEP', 'VERIFIKASI', 'MENUNGGU_TANDA_TANGAN']));
    expect((await listNaskahWorklist(kabid, 'verifikasi')).map((n) => n.perihal)).toContain('Tanggapan atas Permohonan Dukungan Jaringan Internet Puskesmas');
    expect((await listNaskahWorklist(kabid, 'tandaTangan')).map((n) => n.perihal)).toContain('Laporan Kesiapan Pusat Data untuk Aplikasi Rekam Medis Elektronik');
    expect((await listNaskahWorklist(kepala, 'tandaTangan')).map((n) => n.perihal)).toContain('Izin Penelitian Mahasiswa Program Magister Sistem Informasi');
    const signed = (await listNaskahWorklist(kepala, 'arsip')).find((n) => n.perihal === 'Penggunaan Surat Elektronik Dinas');
    expect(signed?.nomor).toMatch(/DISKOMINFO/);
  });
});
