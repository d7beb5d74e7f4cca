// Nothing lost, nothing twice: events made while the SMTP server is down are sent once it is back,
// each exactly once, even when two runners (two app instances) work the queue at the same time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkerUtils, runOnce } from 'graphile-worker';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { taskList } from '@/lib/jobs/task-list';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';
import { freePort } from '../../support/free-port';
import { startSmtpReceiver } from '../../support/smtp-receiver';

let smtpPort: number;
const connectionString = process.env.DATABASE_URL;

const gatewayRequests: { auth: string | undefined; idempotencyKey: string | undefined; body: { to: string; message: string } }[] = [];
const gateway = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    gatewayRequests.push({ auth: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(body) });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"queued"}');
  });
});

const saved = { ...process.env };
beforeAll(async () => {
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  // SMTP is down (nothing listens on its port) until the test starts a receiver there.
  smtpPort = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.SMTP_FROM = 'e-Office Uji <no-reply@uji.go.id>';
  process.env.WHATSAPP_GATEWAY_URL = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
  process.env.WHATSAPP_GATEWAY_TOKEN = 'token-uji';
});
afterAll(async () => {
  for (const k of ['SMTP_URL', 'SMTP_FROM', 'WHATSAPP_GATEWAY_URL', 'WHATSAPP_GATEWAY_TOKEN']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await new Promise((resolve) => gateway.close(resolve));
});

/** Brings the retries the queue scheduled (backoff) for these rows forward to now, as time passing would. */
async function retryNow(pengirimanIds: string[]) {
  const utils = await makeWorkerUtils({ connectionString });
  try {
    const keys = pengirimanIds.map((id) => `kirim-notifikasi:${id}`);
    const ids = await prisma.$queryRaw<{ id: string }[]>`SELECT id::text FROM graphile_worker.jobs WHERE key = ANY(${keys}) AND attempts > 0`;
    if (ids.length) await utils.rescheduleJobs(ids.map((r) => r.id), { runAt: new Date() });
  } finally {
    await utils.release();
  }
}

describe('the notification outbox', () => {
  // Other test files' jobs share the queue and are worked too; under load that takes a while.
  it('keeps mails while SMTP is down, then delivers each exactly once with two runners', { timeout: 300_000 }, async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);
    await prisma.pegawai.update({ where: { id: w.kabid.pegawai.id }, data: { nomorWhatsapp: '6281200000001' } });
    const give = (naskahId: string, penerima: string[]) => giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'] });

    // SMTP is down: three events, two recipients each (kabid, kabid2), one of them a Rahasia letter.
    const letters = [
      await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat satu' }),
      await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat dua' }),
      await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Pemeriksaan khusus bendahara', rahasia: true }),
    ];
    for (const l of letters) await giveDisposisi(kepala, give(l.naskahId, [w.kabid.jabatan.id, w.kabid2.jabatan.id]));
    const emailRows = await prisma.pengirimanNotifikasi.findMany({ where: { kanal: 'EMAIL', notifikasi: { pegawaiId: { in: [w.kabid.pegawai.id, w.kabid2.pegawai.id] } } } });
    expect(emailRows).toHaveLength(6);
    const expectedIds = emailRows.map((r) => `<${r.id}@e-office>`).sort();

    await runOnce({ connectionString, taskList });
    const afterDown = await prisma.pengirimanNotifikasi.findMany({ where: { id: { in: emailRows.map((r) => r.id) } } });
    expect(afterDown.every((r) => r.status === 'MENUNGGU' && r.percobaan >= 1 && !!r.galat)).toBe(true);
    // WhatsApp went out meanwhile (only kabid has a number), Rahasia without its perihal.
    const wa = gatewayRequests.filter((r) => r.body.to === '6281200000001');
    expect(wa).toHaveLength(3);
    expect(wa.every((r) => r.auth === 'Bearer token-uji' && !!r.idempotencyKey)).toBe(true);
    expect(wa.some((r) => r.body.message.includes('Ada surat RAHASIA untuk Anda'))).toBe(true);
    expect(wa.map((r) => r.body.message).join('\n')).not.toContain('Pemeriksaan khusus');

    // SMTP is back: two runners at once, as two app instances would, then one more pass.
    const smtp = await startSmtpReceiver(smtpPort);
    const { mails } = smtp;
    try {
      await retryNow(emailRows.map((r) => r.id));
      await Promise.all([runOnce({ connectionString, taskList }), runOnce({ connectionString, taskList })]);
      await retryNow(emailRows.map((r) => r.id));
      await runOnce({ connectionString, taskList });
    } finally {
      await smtp.close();
    }
    const ours = mails.filter((m) => expectedIds.includes(m.messageId));
    expect(ours.map((m) => m.messageId).sort()).toEqual(expectedIds);
    const sent = await prisma.pengirimanNotifikasi.findMany({ where: { id: { in: emailRows.map((r) => r.id) } } });
    expect(sent.every((r) => r.status === 'TERKIRIM' && r.terkirimAt)).toBe(true);

    const rahasia = ours.filter((m) => m.raw.includes('RAHASIA'));
    expect(rahasia).toHaveLength(2);
    expect(ours.map((m) => m.raw).join('\n')).not.toContain('Pemeriksaan khusus');
    expect(ours.find((m) => m.raw.includes('Surat satu'))!.raw).toContain(`/surat-masuk/${letters[0]!.naskahId}`);
  });
});
