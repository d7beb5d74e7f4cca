import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { tautanDalamAplikasi } from '@/lib/domain/notifikasi/tautan';

// Links that a browser reads as another site, from the open-redirect write-ups (OWASP's
// "Unvalidated Redirects" cheat sheet, PortSwigger's URL validation bypass list): the tab and
// newline are dropped by the URL parser, the backslash is a slash in http(s) URLs.
const LUAR = ['//evil.example/x', '/\\evil.example/x', '/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example', '\\/evil.example', 'https://evil.example/', 'javascript:alert(1)', ' /surat-masuk', ''];
const DALAM: [string, string][] = [
  ['/surat-masuk/0192b2c4-1111-7000-8000-000000000001', '/surat-masuk/0192b2c4-1111-7000-8000-000000000001'],
  ['/naskah/abc?tab=riwayat#catatan', '/naskah/abc?tab=riwayat#catatan'],
  ['/disposisi/../surat-masuk', '/surat-masuk'],
];

describe('tautanDalamAplikasi', () => {
  it.each(LUAR)('refuses %j, which leaves the app', (tautan) => {
    expect(tautanDalamAplikasi(tautan)).toBeNull();
  });
  it.each(DALAM)('keeps %j as the page the browser will open', (tautan, halaman) => {
    expect(tautanDalamAplikasi(tautan)).toBe(halaman);
  });
});

/** public/sw.js run as a service worker would run it: its 'push' handler given one message. */
async function notifikasiDariPush(tautan: unknown): Promise<{ tautan: string }> {
  const listeners = new Map<string, (event: unknown) => void>();
  const shown: { tautan: string }[] = [];
  const self = {
    location: { origin: 'https://eoffice.example.go.id' },
    addEventListener: (type: string, fn: (event: unknown) => void) => listeners.set(type, fn),
    registration: { showNotification: async (_judul: string, options: { data: { tautan: string } }) => void shown.push(options.data) },
  };
  vm.runInNewContext(readFileSync('public/sw.js', 'utf8'), { self, URL, caches: {}, console });
  let done: Promise<unknown> = Promise.resolve();
  listeners.get('push')!({ data: { json: () => ({ judul: 'Surat baru', tautan }) }, waitUntil: (p: Promise<unknown>) => (done = p) });
  await done;
  return shown[0]!;
}

describe('public/sw.js push link', () => {
  it.each(LUAR)('opens the notification list instead of %j', async (tautan) => {
    expect((await notifikasiDariPush(tautan)).tautan).toBe('/notifikasi');
  });
  it.each(DALAM)('opens %j in the app', async (tautan, halaman) => {
    expect((await notifikasiDariPush(tautan)).tautan).toBe(halaman);
  });
  it('opens the notification list when the message has no link', async () => {
    expect((await notifikasiDariPush(42)).tautan).toBe('/notifikasi');
  });
});
