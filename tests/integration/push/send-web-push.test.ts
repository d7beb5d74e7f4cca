import { randomBytes } from 'node:crypto';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { sendWebPush } from '@/lib/push/send-web-push';
import { saveLanggananPush } from '@/lib/services/push/save-langganan-push';
import { langgananPushSchema } from '@/lib/domain/push/langganan-schema';
import { actorFor } from '../support/actors';
import { createDisposisiWorld } from '../support/factories';
import { kunciPeramban, startPushService } from '../support/push-service';

// A real HTTPS server stands in for the push service (FCM, Mozilla): web-push encrypts the message
// for the browser's keys and POSTs it with a VAPID signature, as it would in production.
let service: Awaited<ReturnType<typeof startPushService>>;
let origin = '';
beforeAll(async () => {
  service = await startPushService();
  origin = service.origin;
});
afterAll(() => service.close());
const send: typeof webpush.sendNotification = (...args) => service.send(...args);

const vapid = webpush.generateVAPIDKeys();
const env = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: 'mailto:admin@e-office.invalid' } as unknown as NodeJS.ProcessEnv;

/** A browser's subscription keys: a P-256 public key and a 16-byte auth secret. */
function browserKeys() {
  const { p256dh, auth } = kunciPeramban();
  return { p256dh, auth };
}

describe('Web Push sender', () => {
  it('sends an encrypted, signed message to each subscription; drops the ones the service says are gone', async () => {
    const w = await createDisposisiWorld();
    const tag = randomBytes(4).toString('hex');
    await prisma.langgananPush.createMany({
      data: [
        { pegawaiId: w.kepala.id, endpoint: `${origin}/ada/${tag}`, ...browserKeys() },
        { pegawaiId: w.kepala.id, endpoint: `${origin}/hilang/${tag}`, ...browserKeys() },
        { pegawaiId: w.kepala.id, endpoint: `${origin}/rusak/${tag}`, ...browserKeys() },
      ],
    });
    const hasil = await sendWebPush(w.kepala.id, { judul: 'Disposisi baru', pesan: 'Undangan rapat dari Kepala Dinas', tautan: '/surat-masuk/x' }, { env, send });
    expect(hasil).toEqual({ terkirim: 1, gagal: 1, dihapus: 1 });

    const sent = service.received.find((r) => r.path === `/ada/${tag}`)!;
    expect(sent.headers['content-encoding']).toBe('aes128gcm');
    expect(sent.headers.ttl).toBe(String(24 * 60 * 60));
    expect(sent.headers.authorization).toMatch(new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
    // Encrypted: the body is not the JSON (record header 86 bytes + ciphertext + tag).
    expect(sent.body.length).toBeGreaterThan(86);
    expect((await prisma.langgananPush.findMany({ where: { pegawaiId: w.kepala.id } })).map((s: { endpoint: string }) => s.endpoint.split('/')[3]).sort()).toEqual(['ada', 'rusak']);
  });

  it('sends nothing without VAPID keys, and refuses a link outside the app', async () => {
    const w = await createDisposisiWorld();
    await prisma.langgananPush.create({ data: { pegawaiId: w.kabid.pegawai.id, endpoint: `${origin}/ada/${randomBytes(4).toString('hex')}`, ...browserKeys() } });
    const before = service.received.length;
    expect(await sendWebPush(w.kabid.pegawai.id, { judul: 'x', pesan: 'y', tautan: '/' }, { env: {} as NodeJS.ProcessEnv, send })).toEqual({ terkirim: 0, gagal: 0, dihapus: 0 });
    await expect(sendWebPush(w.kabid.pegawai.id, { judul: 'x', pesan: 'y', tautan: '//evil.example' }, { env, send })).rejects.toThrow();
    expect(service.received.length).toBe(before);
  });

  it('keeps one subscription per browser: on a shared phone it moves to whoever subscribed last', async () => {
    const w = await createDisposisiWorld();
    const endpoint = `https://fcm.googleapis.com/fcm/send/${randomBytes(8).toString('hex')}`;
    const input = langgananPushSchema.parse({ endpoint, keys: browserKeys() });
    await saveLanggananPush(await actorFor(w.kepala.id), input, 'Mozilla/5.0 (Linux; Android 14)');
    await saveLanggananPush(await actorFor(w.kabid.pegawai.id), input, null);
    expect(await prisma.langgananPush.findMany({ where: { endpoint }, select: { pegawaiId: true } })).toEqual([{ pegawaiId: w.kabid.pegawai.id }]);
  });
});
