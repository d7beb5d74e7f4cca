// The daily digest over a real SMTP server: people who chose it get one mail a day listing what was
// held back for them, at 07.00 WIB or when their quiet hours end; everyone else gets none from it;
// a second run of the same hour sends nothing. The job handler is called as graphile-worker's cron
// calls it, with the tick in its payload.
import type { JobHelpers } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { taskList } from '@/lib/jobs/task-list';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';
import { startSmtpReceiver } from '../../support/smtp-receiver';
import { setEnv } from '../support/env';

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let restoreEnv: () => void;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  restoreEnv = setEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, SMTP_FROM: 'e-Office Uji <no-reply@uji.go.id>', WHATSAPP_GATEWAY_URL: undefined, VAPID_PRIVATE_KEY: undefined });
});
afterAll(async () => {
  restoreEnv();
  await smtp.close();
});

/** Runs the digest job for the cron tick `ts`, as graphile-worker would. */
async function runDigestAt(ts: string) {
  await taskList['kirim-ringkasan-harian']({ _cron: { ts, backfilled: false } }, {} as JobHelpers);
}

const give = (naskahId: string, penerima: string[]) => giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'] });

describe('the daily digest', () => {
  it('one mail per person who chose it, with their items, in their hour; none for others; once per run', { timeout: 120_000 }, async () => {
    const w = await createDisposisiWorld();
    const [pagi, tenang, langsung] = [w.kabid.pegawai, w.kabid2.pegawai, w.sekretaris.pegawai];
    await prisma.preferensiNotifikasi.createMany({
      data: [
        { pegawaiId: pagi.id, kanal: { DISPOSISI_DITERIMA: ['EMAIL'] }, ringkasanHarian: true },
        // Quiet from 05.00 to 09.00 WIB: the 07.00 digest waits until 09.00.
        { pegawaiId: tenang.id, kanal: { DISPOSISI_DITERIMA: ['EMAIL'] }, ringkasanHarian: true, jamTenangMulai: 5, jamTenangSelesai: 9 },
      ],
    });
    const kepala = await actorFor(w.kepala.id);
    // The day before, 17.00 WIB: two letters to both digest readers and the sekretaris, one Rahasia.
    const kemarin = new Date('2026-11-02T10:00:00Z');
    const biasa = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Rapat evaluasi anggaran triwulan', at: kemarin.toISOString() });
    const rahasia = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Pemeriksaan khusus kas bendahara', rahasia: true, at: kemarin.toISOString() });
    const semua = [w.kabid.jabatan.id, w.kabid2.jabatan.id, w.sekretaris.jabatan.id];
    await giveDisposisi(kepala, give(biasa.naskahId, semua), kemarin);
    await giveDisposisi(kepala, give(rahasia.naskahId, semua), kemarin);

    const rows = await prisma.pengirimanNotifikasi.findMany({ where: { notifikasi: { pegawaiId: { in: [pagi.id, tenang.id, langsung.id] } } }, include: { notifikasi: true } });
    expect(rows.filter((r) => r.ringkasan).map((r) => r.notifikasi.pegawaiId).sort()).toEqual([pagi.id, pagi.id, tenang.id, tenang.id].sort());
    expect(rows.filter((r) => r.notifikasi.pegawaiId === langsung.id).every((r) => !r.ringkasan)).toBe(true);

    const to = (p: { email: string | null }) => smtp.mails.filter((m) => m.to === p.email);

    // 06.00 WIB: nobody's hour yet.
    await runDigestAt('2026-11-02T23:00:00.000Z');
    expect([...to(pagi), ...to(tenang), ...to(langsung)]).toEqual([]);

    // 07.00 WIB, run twice (a retried or duplicated tick): one mail, to the one outside quiet hours.
    await runDigestAt('2026-11-03T00:00:00.000Z');
    await runDigestAt('2026-11-03T00:00:00.000Z');
    expect(to(pagi)).toHaveLength(1);
    expect(to(tenang)).toEqual([]);
    expect(to(langsung)).toEqual([]);
    const [mail] = to(pagi);
    expect(mail!.subject).toBe('Ringkasan harian: 2 kabar untuk Anda');
    expect(mail!.raw).toContain('- Disposisi baru: ');
    expect(mail!.raw).toContain('"Rapat evaluasi anggaran triwulan"');
    expect(mail!.raw).toContain('- Ada surat RAHASIA untuk Anda: ');
    expect(mail!.raw).toContain(`/surat-masuk/${biasa.naskahId}`);
    expect(mail!.raw).toContain(`/surat-masuk/${rahasia.naskahId}`);
    expect(mail!.raw).not.toContain('Pemeriksaan khusus');
    const pagiRows = await prisma.pengirimanNotifikasi.findMany({ where: { ringkasan: true, notifikasi: { pegawaiId: pagi.id } } });
    expect(pagiRows.every((r) => r.status === 'TERKIRIM' && r.terkirimAt)).toBe(true);

    // 08.00 WIB: still quiet for the second reader.
    await runDigestAt('2026-11-03T01:00:00.000Z');
    expect(to(tenang)).toEqual([]);

    // 09.00 WIB, twice: their quiet hours are over, one digest; the first reader gets no second one.
    await runDigestAt('2026-11-03T02:00:00.000Z');
    await runDigestAt('2026-11-03T02:00:00.000Z');
    expect(to(tenang)).toHaveLength(1);
    expect(to(tenang)[0]!.subject).toBe('Ringkasan harian: 2 kabar untuk Anda');
    expect(to(pagi)).toHaveLength(1);

    // The next morning nothing is left to send.
    await runDigestAt('2026-11-04T00:00:00.000Z');
    await runDigestAt('2026-11-04T02:00:00.000Z');
    expect([...to(pagi), ...to(tenang), ...to(langsung)]).toHaveLength(2);
    // The sekretaris's mails were never the digest's: they wait for their own jobs.
    expect(await prisma.pengirimanNotifikasi.count({ where: { status: 'TERKIRIM', notifikasi: { pegawaiId: langsung.id } } })).toBe(0);
  });

  it('a failed send leaves the group waiting for the next run; nothing is marked sent', { timeout: 60_000 }, async () => {
    const w = await createDisposisiWorld();
    await prisma.preferensiNotifikasi.create({ data: { pegawaiId: w.kabid.pegawai.id, kanal: { DISPOSISI_DITERIMA: ['EMAIL'] }, ringkasanHarian: true } });
    const at = new Date('2026-11-05T10:00:00Z');
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat saat SMTP mati', at: at.toISOString() });
    await giveDisposisi(await actorFor(w.kepala.id), give(letter.naskahId, [w.kabid.jabatan.id]), at);

    process.env.SMTP_URL = 'smtp://127.0.0.1:9';
    try {
      await expect(runDigestAt('2026-11-06T00:00:00.000Z')).rejects.toThrow(/ringkasan harian: \d+ pesan gagal/);
    } finally {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    }
    expect(await prisma.pengirimanNotifikasi.findFirstOrThrow({ where: { notifikasi: { pegawaiId: w.kabid.pegawai.id } } })).toMatchObject({ ringkasan: true, status: 'MENUNGGU' });
    await runDigestAt('2026-11-06T00:00:00.000Z');
    expect(smtp.mails.filter((m) => m.to === w.kabid.pegawai.email)).toHaveLength(1);
  });
});
