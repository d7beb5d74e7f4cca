import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { storageStateOf } from './support/roles';

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
const PARAMS = ['q', 'pengirim', 'perihal', 'dari', 'sampai', 'actor', 'aksi', 'entity', 'status', 'jenis', 'kecepatan', 'keamanan', 'klasifikasi', 'belumDibaca', 'halaman', 'page', 'tab', 'kiri', 'kanan', 'opd', 'unit', 'bulan', 'tahun', 'kode', 'setelah', 'ubah', 'agenda', 'callbackUrl', 'teks'];
// The last two are %-escapes that are not UTF-8: a cut sequence, and the overlong "/" of the IIS
// Unicode traversal (CVE-2000-0884); Next threw on them, a 500 on every path.
const HOSTILE_IDS = ['bukan-uuid', 'a%00b', '9'.repeat(400), '00000000-0000-0000-0000-000000000000', '..%2F..%2Fetc%2Fpasswd', '%E2%80%AE', '%E2%82', '%C0%AF'];

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

const urlsOf = (entry: Entry): string[] =>
  entry.pattern.includes('{seg}') ? HOSTILE_IDS.map((id) => entry.pattern.replaceAll('{seg}', id)) : [entry.pattern, `${entry.pattern.replace(/\/$/, '')}/%C0%AF`];

// An Indonesian sentence uses some of these words; an English framework message uses none.
const INDONESIAN = /\b(tidak|bukan|belum|harus|atau|yang|dari|untuk|dengan|Anda|Permintaan|Silakan|Sesi|ditolak|terlalu|Isian|Halaman|Masuk|berwenang|Berkas|Coba)\b/i;
const ENGLISH = /\b(error|invalid|not found|internal|failed|unexpected|bad request|forbidden|unauthorized|exception)\b/i;

/** What is wrong with an answer (a 5xx, a refusal not in Indonesian), or null when it is calm. */
async function problemWith(response: APIResponse, what: string): Promise<string | null> {
  const status = response.status();
  if (status >= 500) return `${what}: ${status} ${(await response.text()).slice(0, 120)}`;
  if (status < 400 || status === 405) return null;
  const body = await response.text();
  // A page's words, not its scripts' (React's payload names errors in English).
  const text = /html/.test(response.headers()['content-type'] ?? '') ? body.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ') : body;
  return INDONESIAN.test(text) && !ENGLISH.test(text) ? null : `${what}: ${status} not in Indonesian: ${text.slice(0, 120)}`;
}

const OTHER_METHODS = ['HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND'];

/** The keys of JavaScript prototype pollution (CVE-2019-10744 and its kin), with plausible fields. */
const PROTOTYPE_KEYS = '{"__proto__":{"ok":true,"admin":true},"constructor":{"prototype":{"admin":true}},"endpoint":"https://push.example/x","kode":"x"}';

/** Nested arrays 10,000 deep, built as text so the test itself does not recurse. */
const DEEP_JSON = '['.repeat(10_000) + ']'.repeat(10_000);

/** Sends every hostile request as `who`; returns how many it sent and what was wrong with the answers. */
async function sweep(request: APIRequestContext, who: string): Promise<{ requests: number; problems: string[] }> {
  let requests = 0;
  const problems: string[] = [];
  const send = async (method: string, url: string, options: Parameters<APIRequestContext['fetch']>[1] = {}, expected?: number) => {
    requests += 1;
    const what = `${who} ${method} ${url.slice(0, 160)}`;
    const response = await request.fetch(url, { method, maxRedirects: 5, timeout: 60_000, ...options });
    const problem = method === 'HEAD' ? (response.status() >= 500 ? `${what}: ${response.status()}` : null) : await problemWith(response, what);
    if (problem) problems.push(problem);
    else if (expected && response.status() !== expected) problems.push(`${what}: ${response.status()}, expected ${expected}`);
  };
  for (const entry of ENTRIES) {
    const url = entry.pattern.replaceAll('{seg}', '00000000-0000-0000-0000-000000000000');
    if (entry.methods.includes('GET')) {
      for (const hostile of urlsOf(entry)) await send('GET', hostile);
      for (const turn of TURNS) await send('GET', `${url}?${query(turn)}`);
      await send('GET', `${url}?${OVERLONG}`);
    }
    // Methods the entry does not declare, TRACE included (HTTP method confusion, OWASP WSTG-CONF-06).
    for (const method of OTHER_METHODS.filter((m) => !entry.methods.includes(m))) await send(method, url);
    const writes = entry.kind === 'page' ? ['POST'] : entry.methods.filter((m) => m !== 'GET');
    for (const method of writes) {
      // From another site: a route handler and a server action posted to a page alike, named by
      // Origin (older browsers) or by fetch metadata alone (a browser that sends no Origin).
      const foreign: Record<string, string> = entry.kind === 'page' ? { 'next-action': '7f'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' } : { 'content-type': 'application/json' };
      await send(method, url, { headers: { ...foreign, origin: 'https://evil.example' }, data: '{}' }, 403);
      await send(method, url, { headers: { ...foreign, 'sec-fetch-site': 'cross-site' }, data: '{}' }, 403);
      if (entry.kind === 'route') {
        await send(method, url, { headers: { 'content-type': 'application/json' }, data: DEEP_JSON });
        await send(method, url, { headers: { 'content-type': 'application/json' }, data: '{"a":"\\u0000"}' });
        await send(method, url, { headers: { 'content-type': 'application/json' }, data: PROTOTYPE_KEYS });
        await send(method, url, { headers: { 'content-type': 'application/octet-stream' }, data: Buffer.alloc(25 * 1024 * 1024, 0x41) });
      }
    }
  }
  return { requests, problems };
}

test('the route table is read from the file system', () => {
  expect(ENTRIES.filter((e) => e.kind === 'page').length).toBeGreaterThan(25);
  expect(ENTRIES.filter((e) => e.kind === 'route').length).toBeGreaterThan(15);
  expect(ENTRIES.map((e) => e.pattern)).toEqual(expect.arrayContaining(['/konsep/cari-pegawai', '/tanda-tangan/batch', '/admin/opd/{seg}/struktur', '/api/verifikasi']));
});

test('every page and route, with hostile ids, values and bodies, answers below 500 and in Indonesian', async ({ playwright }, testInfo) => {
  const roles: (DemoAccountKey | null)[] = testInfo.project.name === 'phone' ? ['staf', null] : ['admin', 'kepala'];
  let total = 0;
  const problems: string[] = [];
  for (const role of roles) {
    const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: role ? storageStateOf(role) : undefined });
    const result = await sweep(request, role ?? 'anonim');
    total += result.requests;
    problems.push(...result.problems);
    await request.dispose();
  }
  testInfo.annotations.push({ type: 'requests', description: String(total) });
  expect(problems).toEqual([]);
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

/** This build's server action ids by exported name (Next writes them to the server reference manifest). */
function buildActionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action ${exportedName} in this build`);
  return id;
}

test('a forged, stale or malformed server action from our own pages, and Auth.js\' sign-out page, answer in Indonesian', async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL, storageState: storageStateOf('staf') });
  const ownPage = { 'sec-fetch-site': 'same-origin', origin: testInfo.project.use.baseURL!, 'content-type': 'text/plain;charset=UTF-8' };
  const unknown = 'Permintaan tidak dikenali: halaman ini mungkin sudah usang. Muat ulang halaman lalu coba lagi.';
  for (const [id, status] of [['7f'.repeat(21), 409], ['bukan-aksi', 400], [`${'7f'.repeat(21)}%00`, 400]] as const) {
    const response = await request.post('/surat-masuk', { headers: { ...ownPage, 'next-action': id }, data: '[]', maxRedirects: 0 });
    expect(response.status(), id).toBe(status);
    expect(await response.text(), id).toBe(unknown);
  }
  // The same forged id in an old-style (no JavaScript) form post.
  const forgedForm = await request.post('/surat-masuk', { headers: { 'sec-fetch-site': 'same-origin' }, multipart: { [`$ACTION_ID_${'7f'.repeat(21)}`]: '' }, maxRedirects: 0 });
  expect(forgedForm.status()).toBe(409);
  expect(await forgedForm.text()).toBe(unknown);
  // A real action (switching the active post: harmless) with bodies React cannot decode.
  const realId = buildActionId('switchPostAction');
  for (const data of ['bukan json', '{"a":', '[' + '['.repeat(10_000), '["$K1"]', '["$@99"]', JSON.stringify(Array(5000).fill(0))]) {
    const response = await request.post('/', { headers: { ...ownPage, 'next-action': realId }, data, maxRedirects: 0 });
    const problem = await problemWith(response, `action body ${data.slice(0, 20)}`);
    expect(problem).toBeNull();
  }
  // Multipart replies whose parts refer to each other in a cycle, or name a Map over what is not a
  // list (each was a 500: "Invalid forward reference.", "Invalid Map initializer."), or pass a server
  // function as an argument.
  for (const parts of [{ 0: '["$1"]', 1: '["$0"]' }, { 0: '["$Q1"]', 1: '[["$Q1",1]]' }, { 0: '["$Q1"]', 1: '{"a":1}' }, { 0: '["$h1"]', 1: `{"id":"${realId}","bound":null}` }]) {
    const response = await request.post('/', { headers: { 'sec-fetch-site': 'same-origin', origin: testInfo.project.use.baseURL!, 'next-action': realId }, multipart: parts, maxRedirects: 0 });
    const problem = await problemWith(response, `action parts ${JSON.stringify(parts)}`);
    expect(problem).toBeNull();
  }
  // Without a session cookie the proxy lets a server action through, so that its wrapper can send the
  // person to sign in and back (useFormAction keeps what was typed): the same hostile bodies answer
  // the same way, and a readable one is only that redirect, naming the page.
  const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const data of ['bukan json', '[' + '['.repeat(10_000), '["$@99"]', JSON.stringify(Array(5000).fill(0))]) {
    const response = await anonymous.post('/surat-masuk', { headers: { ...ownPage, 'next-action': realId }, data, maxRedirects: 0 });
    expect(await problemWith(response, `anonymous action body ${data.slice(0, 20)}`)).toBeNull();
  }
  for (const parts of [{ 0: '["$1"]', 1: '["$0"]' }, { 0: '["$h1"]', 1: `{"id":"${realId}","bound":null}` }]) {
    const response = await anonymous.post('/surat-masuk', { headers: { 'sec-fetch-site': 'same-origin', origin: testInfo.project.use.baseURL!, 'next-action': realId }, multipart: parts, maxRedirects: 0 });
    expect(await problemWith(response, `anonymous action parts ${JSON.stringify(parts)}`)).toBeNull();
  }
  const signedOut = await anonymous.post('/surat-masuk?filter=belum', { headers: { ...ownPage, 'next-action': realId }, data: '[]', maxRedirects: 0 });
  expect(signedOut.status()).toBeLessThan(400);
  expect(signedOut.headers()['x-action-redirect']).toMatch(/^\/masuk\?kembali=%2Fsurat-masuk%3Ffilter%3Dbelum;/);
  await anonymous.dispose();
  // Auth.js' own English confirmation page is replaced by ours; signing out stays a POST.
  const signOut = await request.get('/api/auth/signout', { maxRedirects: 0 });
  expect(signOut.status()).toBe(302);
  expect(new URL(signOut.headers().location!, testInfo.project.use.baseURL).pathname).toBe('/keluar');
  const page = await request.get('/keluar');
  expect(await page.text()).toContain('Keluar dari e-Office?');
  await request.dispose();
});
