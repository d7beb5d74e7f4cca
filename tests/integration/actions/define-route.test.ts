import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { FOREIGN_ORIGIN_MESSAGE, INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE, SIGN_IN_REQUIRED_MESSAGE } from '@/lib/actions/error-status';
import { idParams } from '@/lib/actions/load-page';
import { INVALID_BODY_MESSAGE, routeHandler } from '@/lib/actions/route-handler';
import type { Actor } from '@/lib/authz/actor';
import { DomainError, ServerSibukError } from '@/lib/domain/errors';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';
import { FORBIDDEN_CHARACTER_MESSAGE, INVALID_DATE_MESSAGE, calendarDay } from '@/lib/domain/input/fields';
import { cariPegawaiSchema } from '@/lib/domain/naskah/petugas';
import { BERKAS_NOT_FOUND_MESSAGE, getBerkasFile } from '@/lib/services/berkas/get-berkas-file';
import { searchPegawaiPetugas } from '@/lib/services/naskah/search-pegawai-petugas';
import { langgananPushSchema } from '@/lib/domain/push/langganan-schema';
import { tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { attachScan, createDisposisiWorld, deliverLetter } from '../support/factories';

const APP = 'http://127.0.0.1:3000';
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as { ok: boolean; message: string; fieldErrors?: Record<string, string[]> } });

async function world() {
  const w = await createDisposisiWorld();
  const letter = await deliverLetter(w.opd.id, w.kabid.jabatan.id, { perihal: `Rahasia ${crypto.randomUUID()}`, rahasia: true });
  const scan = await attachScan(letter.naskahId, await tinyPdf());
  return { w, scan, kabid: await actorFor(w.kabid.pegawai.id), staf: await actorFor(w.staf.pegawai.id) };
}

describe('defineRoute (routeHandler with a real actor and real services)', () => {
  it('a path id that is not a uuid is a 404 in the one JSON shape, and no service runs', async () => {
    const { kabid } = await world();
    const handler = vi.fn(async () => new Response('ran'));
    const route = routeHandler({ params: idParams }, handler, async () => kabid);
    for (const id of ['bukan-uuid', "1' OR '1'='1", '../../etc/passwd', 'a\u0000b']) {
      expect(await json(await route(new Request(`${APP}/x`), ctx({ id })))).toEqual({ status: 404, body: { ok: false, message: NOT_FOUND_MESSAGE } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('a file route answers in plain text, and a scan outside the actor\'s scope is the service\'s 404', async () => {
    const { scan, kabid, staf } = await world();
    const route = routeHandler({ params: idParams, errors: 'text' }, async ({ actor, params }) => {
      const file = await getBerkasFile(actor, params.id);
      return new Response(Buffer.from(file.bytes), { headers: { 'Content-Type': file.mime } });
    }, async () => staf);
    const refused = await route(new Request(`${APP}/berkas/${scan.id}`), ctx({ id: scan.id }));
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toContain('text/plain');
    expect(await refused.text()).toBe(BERKAS_NOT_FOUND_MESSAGE);

    const allowed = routeHandler({ params: idParams, errors: 'text' }, async ({ actor, params }) => new Response(Buffer.from((await getBerkasFile(actor, params.id)).bytes)), async () => kabid);
    const served = await allowed(new Request(`${APP}/berkas/${scan.id}`), ctx({ id: scan.id }));
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a file refused to a person who opened it in a tab goes to the app\'s "Akses ditolak" page, the same for a missing file', async () => {
    const { scan, staf } = await world();
    const route = routeHandler({ params: idParams, errors: 'text' }, async ({ actor, params }) => new Response(Buffer.from((await getBerkasFile(actor, params.id)).bytes)), async () => staf);
    const opened = (id: string, headers: Record<string, string>) => route(new Request(`${APP}/berkas/${id}`, { headers }), ctx({ id }));
    const tab = { 'sec-fetch-dest': 'document', accept: 'text/html,application/xhtml+xml' };
    for (const id of [scan.id, crypto.randomUUID(), 'bukan-uuid']) {
      const refused = await opened(id, tab);
      expect(refused.status).toBe(303);
      expect(refused.headers.get('location')).toBe('/akses-ditolak');
    }
    // Passed on by the app's service worker (Chromium then says destination "empty"), and a browser without Fetch Metadata.
    expect((await opened(scan.id, { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'empty', accept: 'text/html' })).status).toBe(303);
    expect((await opened(scan.id, { accept: 'text/html' })).status).toBe(303);
    // The letter page's pdf.js fetch and a frame keep the plain 404.
    for (const [mode, dest] of [['same-origin', 'empty'], ['navigate', 'iframe']]) {
      const fetched = await opened(scan.id, { 'sec-fetch-mode': mode!, 'sec-fetch-dest': dest!, accept: 'text/html' });
      expect(fetched.status).toBe(404);
      expect(await fetched.text()).toBe(BERKAS_NOT_FOUND_MESSAGE);
    }
  });

  it('a state-changing request from a foreign origin is 403 before the actor is even loaded', async () => {
    const loadActor = vi.fn(async (): Promise<Actor | null> => null);
    const route = routeHandler({}, async () => new Response('ran'), loadActor);
    const attacks: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://127.0.0.1:3000.evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://lain.pemda.go.id' },
    ];
    for (const headers of attacks) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        expect(await json(await route(new Request(`${APP}/x`, { method, headers }), ctx()))).toEqual({ status: 403, body: { ok: false, message: FOREIGN_ORIGIN_MESSAGE } });
      }
    }
    expect(loadActor).not.toHaveBeenCalled();
    // The app's own page (same origin) and a non-browser client (no Origin) reach the actor check.
    expect((await route(new Request(`${APP}/x`, { method: 'POST', headers: { origin: APP, 'sec-fetch-site': 'same-origin' } }), ctx())).status).toBe(401);
    expect((await route(new Request(`${APP}/x`, { method: 'POST' }), ctx())).status).toBe(401);
    // A GET is not state-changing: a link from another site still opens.
    expect((await route(new Request(`${APP}/x`, { headers: { 'sec-fetch-site': 'cross-site' } }), ctx())).status).toBe(401);
  });

  it('no session is a 401 in Indonesian; a public route runs without loading anyone', async () => {
    const loadActor = vi.fn(async (): Promise<Actor | null> => null);
    expect(await json(await routeHandler({}, async () => new Response('ran'), loadActor)(new Request(`${APP}/x`), ctx()))).toEqual({ status: 401, body: { ok: false, message: SIGN_IN_REQUIRED_MESSAGE } });
    const open = routeHandler({ public: true }, async ({ actor }) => Response.json({ actor }), loadActor);
    expect(await (await open(new Request(`${APP}/x`), ctx())).json()).toEqual({ actor: null });
    expect(loadActor).toHaveBeenCalledTimes(1);
  });

  it('a NUL in the petugas search is a 400 with the field message, and never reaches PostgreSQL', async () => {
    const { kabid } = await world();
    const run = vi.fn(async (actor: Actor, q: z.infer<typeof cariPegawaiSchema>) => searchPegawaiPetugas(actor, q));
    const route = routeHandler({ query: cariPegawaiSchema }, async ({ actor, query }) => Response.json({ ok: true, hasil: await run(actor, query) }), async () => kabid);
    const refused = await json(await route(new Request(`${APP}/konsep/cari-pegawai?q=a%00b`), ctx()));
    expect(refused).toEqual({ status: 400, body: { ok: false, message: FORBIDDEN_CHARACTER_MESSAGE, fieldErrors: { q: [FORBIDDEN_CHARACTER_MESSAGE] } } });
    expect(run).not.toHaveBeenCalled();
    const found = await route(new Request(`${APP}/konsep/cari-pegawai?q=${encodeURIComponent(kabid.nama.slice(0, 6))}`), ctx());
    expect(found.status).toBe(200);
    expect(((await found.json()) as { hasil: unknown[] }).hasil.length).toBeGreaterThan(0);
  });

  it('an impossible date and a malformed body are 400s with their messages', async () => {
    const { kabid } = await world();
    const dated = routeHandler({ query: z.object({ dari: calendarDay() }) }, async () => new Response('ran'), async () => kabid);
    expect((await json(await dated(new Request(`${APP}/x?dari=2026-13-45`), ctx()))).body.message).toBe(INVALID_DATE_MESSAGE);
    const posted = routeHandler({ body: { type: 'json', schema: z.object({ n: z.number() }) } }, async () => new Response('ran'), async () => kabid);
    expect(await json(await posted(new Request(`${APP}/x`, { method: 'POST', body: '{"n":' }), ctx()))).toEqual({ status: 400, body: { ok: false, message: INVALID_BODY_MESSAGE } });
    const form = routeHandler({ body: { type: 'form', schema: z.object({ berkas: z.instanceof(File, { error: 'Pilih berkas PDF.' }) }) } }, async () => new Response('ran'), async () => kabid);
    const noFile = new FormData();
    noFile.set('berkas', 'teks');
    expect((await json(await form(new Request(`${APP}/x`, { method: 'POST', body: noFile }), ctx()))).body.message).toBe('Pilih berkas PDF.');
  });

  it('zod\'s own refusals (a body of the wrong shape, a missing key) answer in Indonesian, through the real push route schema', async () => {
    const { kabid } = await world();
    const route = routeHandler({ body: { type: 'json', schema: langgananPushSchema } }, async () => new Response('ran'), async () => kabid);
    for (const body of ['[]', '{}', '"teks"', '{"endpoint":42}']) {
      const answer = await json(await route(new Request(`${APP}/api/push/langganan`, { method: 'POST', body }), ctx()));
      expect(answer.status, body).toBe(400);
      const messages = [answer.body.message, ...Object.values(answer.body.fieldErrors ?? {}).flat()];
      for (const message of messages) expect(message, body).not.toMatch(/Invalid|expected|received|Required/);
      expect(answer.body.message, body).toMatch(/tidak|diharapkan/);
    }
  });

  it('query keys named after Object.prototype (toString, __proto__, constructor) are read as plain keys', async () => {
    const { kabid } = await world();
    const seen = vi.fn();
    const route = routeHandler({ query: z.object({ toString: z.string().optional(), q: z.string().optional() }) }, async ({ query }) => {
      seen(query);
      return new Response('ran');
    }, async () => kabid);
    const answer = await route(new Request(`${APP}/x?toString=a&__proto__=b&constructor=c&q=d&q=e`), ctx());
    expect(answer.status).toBe(200);
    expect(seen).toHaveBeenCalledWith({ toString: 'a', q: 'd' });
  });

  it('maps domain errors and Prisma errors through the one table instead of a 500', async () => {
    const { kabid } = await world();
    const throwing = (run: () => Promise<unknown>) => routeHandler({}, async () => Response.json(await run()), async () => kabid);
    const answer = async (run: () => Promise<unknown>) => json(await throwing(run)(new Request(`${APP}/x`), ctx()));

    expect(await answer(async () => { throw new DomainError('Naskah sudah ditandatangani.'); })).toEqual({ status: 422, body: { ok: false, message: 'Naskah sudah ditandatangani.' } });
    // A record that is not there (P2025), should a service use ...OrThrow.
    expect((await answer(() => prisma.naskah.findUniqueOrThrow({ where: { id: crypto.randomUUID() } }))).status).toBe(404);
    // An Invalid Date that slipped past a schema: Prisma refuses it before PostgreSQL.
    expect(await answer(() => prisma.naskah.findMany({ where: { createdAt: { gte: new Date('2026-13-45') } } }))).toEqual({ status: 400, body: { ok: false, message: INVALID_REQUEST_MESSAGE } });
    // Load and rate limits say when to come back.
    const busy = await throwing(async () => { throw new ServerSibukError('Server sedang menyiapkan unduhan laporan lain. Coba lagi beberapa saat lagi.'); })(new Request(`${APP}/x`), ctx());
    expect(busy.status).toBe(503);
    expect(busy.headers.get('Retry-After')).toBe('5');
    const limited = await throwing(async () => { throw new TooManyAttemptsError(90_000); })(new Request(`${APP}/x`), ctx());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('90');
    expect((await limited.json()).message).toBe('Terlalu banyak percobaan. Coba lagi dalam 2 menit.');
  });

  it('every answer made for a signed-in person is private and uncacheable, and no answer can run as a page', async () => {
    const { w, kabid } = await world();
    // A CSV of perihal as the penyusutan daftar route answers it: no headers of its own.
    const csv = routeHandler({ errors: 'text' }, async () => new Response(`perihal\n${w.opd.nama}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }), async () => kabid);
    // A route that asked for shared caching gets private, no-store all the same: it served one person.
    const cached = routeHandler({}, async () => Response.json({ ok: true }, { headers: { 'Cache-Control': 'public, max-age=3600' } }), async () => kabid);
    const refused = routeHandler({ params: idParams }, async () => new Response('ran'), async () => kabid);
    for (const response of [
      await csv(new Request(`${APP}/arsip/penyusutan/x/daftar`), ctx()),
      await cached(new Request(`${APP}/x`), ctx()),
      await refused(new Request(`${APP}/x`), ctx({ id: 'bukan-uuid' })),
    ]) {
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    }
    // A public route keeps the caching it chose (the pdf.js worker), and a script keeps no CSP (it would run under it).
    const worker = routeHandler({ public: true }, async () => new Response('self.onmessage=()=>{}', { headers: { 'Content-Type': 'text/javascript', 'Cache-Control': 'public, max-age=86400' } }), async () => null);
    const served = await worker(new Request(`${APP}/pdfjs/worker`), ctx());
    expect(served.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(served.headers.get('content-security-policy')).toBeNull();
    // A file's own sandboxing CSP (framed by its letter page) is kept.
    const framed = routeHandler({}, async () => new Response('%PDF-', { headers: { 'Content-Security-Policy': "sandbox; default-src 'none'; frame-ancestors 'self'" } }), async () => kabid);
    expect((await framed(new Request(`${APP}/x`), ctx())).headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; frame-ancestors 'self'");
  });
});
