import { describe, expect, it } from 'vitest';
import { isPushServiceEndpoint, langgananPushSchema, pesanPushSchema } from '@/lib/domain/push/langganan-schema';

const keys = { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' };

describe('push subscriptions', () => {
  it.each([
    ['https://fcm.googleapis.com/fcm/send/abc:def', true],
    ['https://updates.push.services.mozilla.com/wpush/v2/gAAAA', true],
    ['https://web.push.apple.com/QGuQyavXutnMH', true],
    ['https://db5p.notify.windows.com/w/?token=x', true],
    // Server-side request forgery: the server would POST to these.
    ['http://fcm.googleapis.com/fcm/send/abc', false],
    ['https://169.254.169.254/latest/meta-data/', false],
    ['https://localhost:3000/api/luring', false],
    ['https://fcm.googleapis.com.evil.example/x', false],
    ['https://fcm.googleapis.com:8443/x', false],
    ['https://user:pass@fcm.googleapis.com/x', false],
    ['https://evilfcm.googleapis.com/x', false],
    ['javascript:alert(1)', false],
    ['bukan url', false],
  ])('%s -> %s', (endpoint, ok) => {
    expect(isPushServiceEndpoint(endpoint)).toBe(ok);
    expect(langgananPushSchema.safeParse({ endpoint, keys }).success).toBe(ok);
  });

  it('refuses keys that are not base64url', () => {
    expect(langgananPushSchema.safeParse({ endpoint: 'https://fcm.googleapis.com/fcm/send/a', keys: { ...keys, auth: '<script>alert(1)</script>' } }).success).toBe(false);
  });

  it('opens only a path inside the app when the notification is tapped', () => {
    const pesan = (tautan: string) => pesanPushSchema.safeParse({ judul: 'Disposisi baru', pesan: 'Dari Kepala Dinas', tautan }).success;
    expect(pesan('/surat-masuk/0196f7b2-0000-7000-8000-000000000000')).toBe(true);
    expect(pesan('//evil.example/phish')).toBe(false);
    expect(pesan('/\\evil.example')).toBe(false);
    expect(pesan('https://evil.example/')).toBe(false);
    expect(pesan('javascript:alert(1)')).toBe(false);
  });
});
