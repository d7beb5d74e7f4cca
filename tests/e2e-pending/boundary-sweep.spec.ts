import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { storageStateOf } from '../e2e/support/roles';

// The adversarial sweep, as the independent suite walks it: every page (app/**/page.tsx) and every
// route handler (app/**/route.ts), enumerated from the file system so a new route is covered the
// day it is added, each with hostile path ids and hostile query values, every state-changing
// handler posted from a foreign origin, with an oversized body and with 10,000-deep JSON. The
// server must never answer 5xx, and every refusal must be an Indonesian sentence.
// Desktop walks as the admin and the kepala, the phone project as the staf and someone signed
// out, so both runs add coverage rather than repeat it.

test.describe.configure({ timeout: 900_000 });

const APP = path.join(process.cwd(), 'app');

interface Entry {
  /** URL path with "{seg}" where a dynamic segment goes. */
  pattern: string;
  kind: 'page' | 'route';
  methods: string[];
}

function walk(dir: string, segments: string[], out: Entry[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Route groups "(app)" do not appear in the URL; private folders "_x" are not routes.
      if (entry.name.startsWith('_')) continue;
      walk(full, /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name], out);
    } else if (entry.name === 'page.tsx' || entry.name === 'route.ts') {
      const pattern = '/' + segments.map((s) => (/^\[\.\.\..+\]$/.test(s) ? 'session' : /^\[.+\]$/.test(s) ? '{seg}' : s)).join('/');
      const source = readFileSync(full, 'utf8');
      const methods = entry.name === 'page.tsx' ? ['GET'] : ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => new RegExp(`export (const|async function|function) ${m}\\b|export (const )?\\{[^}]*\\b${m}\\b`).test(source));
      out.push({ pattern: pattern === '/' ? '/' : pattern.replace(/\/$/, ''), kind: entry.name === 'page.tsx' ? 'page' : 'route', methods });
    }
  }
}

const ENTRIES: Entry[] = [];
walk(APP, [], ENTRIES);

// Published classics: NUL (CWE-158), C0 controls, the bidi override of "Trojan Source"
// (CVE-2021-42574), impossible dates, SQL and HTML injection, an overlong value, a lone "%" and
// a JS prototype key.
const HOSTILE_VALUES = ['a\u0000b', '\u0001\u0008\u001b[31m', '\u202efdp.exe', '2026-13-45', '2026-02-30', "' OR '1'='1' --", '<script>alert(1)</script>', '%', '__proto__', '-1'];
// Query names the pages and routes read (filters, paging, version diffs, search).
const PARAMS = ['q', 'pengirim', 'perihal', 'dari', 'sampai', 'actor', 'aksi', 'status', 'jenis', 'halaman', 'page', 'tab', 'kiri', 'kanan', 'opd', 'tahun', 'kode', 'callbackUrl'];
const HOSTILE_IDS = ['bukan-uuid', 'a%00b', '9'.repeat(400), '00000000-0000-0000-0000-000000000000', '..%2F..%2Fetc%2Fpasswd', '%E2%80%AE'];
const INDONESIAN = /tidak|Permintaan|Silakan|Sesi|ditolak|terlalu|Isian|Halaman|Masuk|berwenang|Berkas|Coba/i;

/** Every name gets a different hostile value, rotated `turn` places, so a few requests put each value in each slot. */
function query(turn: number): string {
  const search = new URLSearchParams();
  PARAMS.forEach((name, k) => search.set(name, HOSTILE_VALUES[(k + turn) % HOSTILE_VALUES.length]!));
  return search.toString();
}

// One overlong value per request: the URL must stay under Node's 16 KB header limit, which Node
// itself enforces (431) before any code of ours runs.
const OVERLONG = `q=${'x'.repeat(10_000)}&dari=${'9'.repeat(2_000)}`;
const TURNS = [0, 3, 6];

const urlsOf = (entry: Entry): string[] => (entry.pattern.includes('{seg}') ? HOSTILE_IDS.map((id) => entry.pattern.replaceAll('{seg}', id)) : [entry.pattern]);

async function expectCalm(response: APIResponse, what: string): Promise<void> {
  const status = response.status();
  expect(status, `${what}: ${status}`).toBeLessThan(500);
  if (status >= 400 && status !== 405) expect(await response.text(), `${what}: ${status}`).toMatch(INDONESIAN);
}

/** Nested arrays 10,000 deep, built as text so the test itself does not recurse. */
const DEEP_JSON = '['.repeat(10_000) + ']'.repeat(10_000);

async function sweep(request: APIRequestContext, who: string): Promise<number> {
  let requests = 0;
  const send = async (method: string, url: string, options: Parameters<APIRequestContext['fetch']>[1] = {}) => {
    requests += 1;
    await expectCalm(await request.fetch(url, { method, maxRedirects: 5, timeout: 60_000, ...options }), `${who} ${method} ${url.slice(0, 160)}`);
  };
  for (const entry of ENTRIES) {
    if (entry.methods.includes('GET')) {
      for (const url of urlsOf(entry)) await send('GET', url);
      const url = entry.pattern.replaceAll('{seg}', '00000000-0000-0000-0000-000000000000');
      for (const turn of TURNS) await send('GET', `${url}?${query(turn)}`);
      await send('GET', `${url}?${OVERLONG}`);
    }
    const writes = entry.kind === 'page' ? ['POST'] : entry.methods.filter((m) => m !== 'GET');
    for (const method of writes) {
      const url = entry.pattern.replaceAll('{seg}', '00000000-0000-0000-0000-000000000000');
      // From another site: a route handler and a server action posted to a page alike.
      const headers: Record<string, string> = entry.kind === 'page' ? { origin: 'https://evil.example', 'next-action': '7f'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' } : { origin: 'https://evil.example', 'content-type': 'application/json' };
      await send(method, url, { headers, data: '{}' });
      if (entry.kind === 'route') {
        await send(method, url, { headers: { 'content-type': 'application/json' }, data: DEEP_JSON });
        await send(method, url, { headers: { 'content-type': 'application/json' }, data: '{"a":"\\u0000"}' });
        await send(method, url, { headers: { 'content-type': 'application/octet-stream' }, data: Buffer.alloc(25 * 1024 * 1024, 0x41) });
      }
    }
  }
  return requests;
}

test('the route table is read from the file system', () => {
  expect(ENTRIES.filter((e) => e.kind === 'page').length).toBeGreaterThan(25);
  expect(ENTRIES.filter((e) => e.kind === 'route').length).toBeGreaterThan(15);
  expect(ENTRIES.map((e) => e.pattern)).toEqual(expect.arrayContaining(['/konsep/cari-pegawai', '/tanda-tangan/batch', '/admin/opd/{seg}/struktur', '/api/verifikasi']));
});

test('every page and route, with hostile ids, values and bodies, answers below 500 and in Indonesian', async ({ playwright }, testInfo) => {
  const roles: (DemoAccountKey | null)[] = testInfo.project.name === 'phone' ? ['staf', null] : ['admin', 'kepala'];
  let total = 0;
  for (const role of roles) {
    const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: role ? storageStateOf(role) : undefined });
    total += await sweep(request, role ?? 'anonim');
    await request.dispose();
  }
  testInfo.annotations.push({ type: 'requests', description: String(total) });
  expect(total).toBeGreaterThan(300);
});

test('search routes without their parameters answer a clear Indonesian message', async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: storageStateOf('staf') });
  for (const [url, message] of [
    ['/konsep/cari-pegawai', 'Isian ini wajib diisi.'],
    ['/konsep/cari-pegawai?x=1', 'Isian ini wajib diisi.'],
    ['/konsep/cari-pegawai?q=', 'Ketik paling sedikit 2 huruf nama atau angka NIP.'],
    ['/konsep/cari-pegawai?q=a', 'Ketik paling sedikit 2 huruf nama atau angka NIP.'],
    ['/konsep/cari-pegawai?q=a%00b', 'Teks memuat karakter yang tidak diizinkan.'],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(await response.json(), url).toMatchObject({ ok: false, message, fieldErrors: { q: [message] } });
  }
  await request.dispose();
});
