// Web Push as a notification channel: planned per person's preference and subscribed devices,
// sent through the outbox to a real local push service that decrypts what a phone would show.
import { randomBytes } from 'node:crypto';
import { makeWorkerUtils } from 'graphile-worker';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { kanalPush } from '@/lib/services/notifikasi/kanal/push';
import { sendPengiriman } from '@/lib/services/notifikasi/send-pengiriman';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';
import { bukaPesanPush, kunciPeramban, startPushService, type KunciPeramban } from '../support/push-service';
import { setEnv } from '../support/env';

const vapid = webpush.generateVAPIDKeys();
const ENV = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: 'mailto:admin@e-office.invalid' };
let restoreEnv: () => void;
let service: Awaited<ReturnType<typeof startPushService>>;

beforeAll(async () => {
  service = await startPushService();
  // Push configured, the other channels off: only PUSH rows are planned in this file.
  restoreEnv = setEnv({ ...ENV, SMTP_URL: undefined, WHATSAPP_GATEWAY_URL: undefined });
});
afterAll(async () => {
  restoreEnv();
  await service.close();
});

const give = (naskahId: string, penerima: string[]) => giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'] });
const attempt = { attempt: 1, maxAttempts: 12 };

async function subscribe(pegawaiId: string, kind: 'ada' | 'hilang' | 'rusak') {
  const kunci = kunciPeramban();
  const endpoint = `${service.origin}/${kind}/${randomBytes(6).toString('hex')}`;
  await prisma.langgananPush.create({ data: { pegawaiId, endpoint, p256dh: kunci.p256dh, auth: kunci.auth } });
  return { endpoint, kunci };
}

async function pushRows(pegawaiId: string) {
  return prisma.pengirimanNotifikasi.findMany({ where: { kanal: 'PUSH', notifikasi: { pegawaiId } }, include: { notifikasi: true } });
}

function bodyFor(endpoint: string) {
  return service.received.filter((r) => endpoint.endsWith(r.path));
}

function open(endpoint: string, kunci: KunciPeramban) {
  const [hit] = bodyFor(endpoint);
  expect(hit, `nothing arrived at ${endpoint}`).toBeDefined();
  return JSON.parse(bukaPesanPush(hit!.body, kunci)) as { judul: string; pesan: string; tautan: string };
}

describe('the Web Push channel', () => {
  it('a Rahasia disposisi reaches the phone without its perihal or nomor; a gone subscription is removed', async () => {
    const w = await createDisposisiWorld();
    const phone = await subscribe(w.kabid.pegawai.id, 'ada');
    const gone = await subscribe(w.kabid.pegawai.id, 'hilang');
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Audit investigatif dana hibah', rahasia: true });
    await prisma.naskah.update({ where: { id: letter.naskahId }, data: { nomor: '700/RHS-17/ITDA/2026' } });
    // kabid2 has no device: no push row is planned for them.
    await giveDisposisi(await actorFor(w.kepala.id), give(letter.naskahId, [w.kabid.jabatan.id, w.kabid2.jabatan.id]));

    const [row] = await pushRows(w.kabid.pegawai.id);
    expect(row).toMatchObject({ tujuan: w.kabid.pegawai.id, status: 'MENUNGGU', ringkasan: false });
    expect(await pushRows(w.kabid2.pegawai.id)).toEqual([]);

    expect(await sendPengiriman(row!.id, attempt, { PUSH: kanalPush({ env: ENV, send: service.send }) })).toBe('TERKIRIM');
    const shown = open(phone.endpoint, phone.kunci);
    expect(shown).toEqual({ judul: 'Ada surat RAHASIA untuk Anda', pesan: expect.stringContaining('surat RAHASIA'), tautan: `/surat-masuk/${letter.naskahId}` });
    const raw = JSON.stringify(shown);
    expect(raw).not.toContain('Audit investigatif');
    expect(raw).not.toContain('RHS-17');
    expect(bodyFor(phone.endpoint)[0]!.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));

    expect(bodyFor(gone.endpoint)).toHaveLength(1);
    expect((await prisma.langgananPush.findMany({ where: { pegawaiId: w.kabid.pegawai.id } })).map((s) => s.endpoint)).toEqual([phone.endpoint]);
    expect(await prisma.pengirimanNotifikasi.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ status: 'TERKIRIM', percobaan: 1 });

    // A second run of the same job (a crash after sending) sends nothing more.
    expect(await sendPengiriman(row!.id, attempt, { PUSH: kanalPush({ env: ENV, send: service.send }) })).toBe('SUDAH');
    expect(bodyFor(phone.endpoint)).toHaveLength(1);
  });

  it('a Biasa letter is named; a person who turned push off for disposisi gets no push row', async () => {
    const w = await createDisposisiWorld();
    const phone = await subscribe(w.kabid.pegawai.id, 'ada');
    await subscribe(w.kabid2.pegawai.id, 'ada');
    await prisma.preferensiNotifikasi.create({ data: { pegawaiId: w.kabid2.pegawai.id, kanal: { DISPOSISI_DITERIMA: ['EMAIL'] } } });
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat koordinasi' });
    await giveDisposisi(await actorFor(w.kepala.id), give(letter.naskahId, [w.kabid.jabatan.id, w.kabid2.jabatan.id]));

    expect(await pushRows(w.kabid2.pegawai.id)).toEqual([]);
    const [row] = await pushRows(w.kabid.pegawai.id);
    await sendPengiriman(row!.id, attempt, { PUSH: kanalPush({ env: ENV, send: service.send }) });
    const shown = open(phone.endpoint, phone.kunci);
    expect(shown.judul).toBe('Disposisi baru');
    expect(shown.pesan).toContain('"Undangan rapat koordinasi"');
  });

  it('when every device fails the row stays waiting with the error, for the queue to retry', async () => {
    const w = await createDisposisiWorld();
    const broken = await subscribe(w.kabid.pegawai.id, 'rusak');
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat ketika layanan push gagal' });
    await giveDisposisi(await actorFor(w.kepala.id), give(letter.naskahId, [w.kabid.jabatan.id]));
    const [row] = await pushRows(w.kabid.pegawai.id);

    await expect(sendPengiriman(row!.id, attempt, { PUSH: kanalPush({ env: ENV, send: service.send }) })).rejects.toThrow(/layanan push menolak 1 langganan/);
    expect(await prisma.pengirimanNotifikasi.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ status: 'MENUNGGU', percobaan: 1, galat: 'layanan push menolak 1 langganan' });
    // A failing service is not a gone subscription: it is kept.
    expect(await prisma.langgananPush.count({ where: { endpoint: broken.endpoint } })).toBe(1);
    // Its queued job is done here: another file's runner, without push configured, would only log failures.
    const utils = await makeWorkerUtils({ connectionString: process.env.DATABASE_URL });
    try {
      const jobs = await prisma.$queryRaw<{ id: string }[]>`SELECT id::text FROM graphile_worker.jobs WHERE key = ${`kirim-notifikasi:${row!.id}`}`;
      expect(jobs).toHaveLength(1);
      await utils.completeJobs(jobs.map((j) => j.id));
    } finally {
      await utils.release();
    }
  });

  it('without VAPID keys push is off: no push rows even for a subscribed person', async () => {
    const w = await createDisposisiWorld();
    await subscribe(w.kabid.pegawai.id, 'ada');
    delete process.env.VAPID_PRIVATE_KEY;
    try {
      const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat tanpa push' });
      await giveDisposisi(await actorFor(w.kepala.id), give(letter.naskahId, [w.kabid.jabatan.id]));
    } finally {
      process.env.VAPID_PRIVATE_KEY = ENV.VAPID_PRIVATE_KEY;
    }
    expect(await prisma.notifikasi.count({ where: { pegawaiId: w.kabid.pegawai.id } })).toBe(1);
    expect(await pushRows(w.kabid.pegawai.id)).toEqual([]);
  });
});
