// What a hand-made upload leaves behind, seen from outside the app: raw HTTP requests of any size
// (streamed, never held in memory), row counts in the e2e database, and the files in the store.
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { E2E_PORT } from '../../../playwright.config';
import { storageStateOf } from './roles';
import type { DemoAccountKey } from '../../../prisma/seed/demo-accounts';

/** The Cookie header of a role's saved session. */
export async function cookieOf(key: DemoAccountKey): Promise<string> {
  const state = JSON.parse(await readFile(storageStateOf(key), 'utf8')) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Waits until the socket takes more or goes away, leaving no listener behind. */
function drainedOrClosed(req: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      req.off('drain', done);
      req.off('close', done);
      resolve();
    };
    req.once('drain', done);
    req.once('close', done);
  });
}

/**
 * POSTs a multipart body with one file of `bytes` zero bytes, as a server action call would, either
 * with its true Content-Length or chunked (no length). Streams 1 MB at a time.
 */
export function postUpload(opts: { path: string; cookie: string; field: string; bytes: number; chunked?: boolean; headers?: Record<string, string> }): Promise<{ status: number; body: string; contentType: string | undefined }> {
  const boundary = `----e2e${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${opts.field}"; filename="besar.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = head.length + opts.bytes + tail.length;
  const headers: Record<string, string> = { cookie: opts.cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, ...opts.headers };
  if (opts.chunked) headers['transfer-encoding'] = 'chunked';
  else headers['content-length'] = String(length);

  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: '127.0.0.1', port: E2E_PORT, path: opts.path, method: 'POST', headers });
    req.on('response', async (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      for await (const c of res) chunks.push(c as Buffer);
      resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), contentType: res.headers['content-type'] });
    });
    // A server that answers before the body is through may close the socket under the writer.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    void (async () => {
      const block = Buffer.alloc(1024 * 1024);
      req.write(head);
      for (let sent = 0; sent < opts.bytes && !answered && !req.destroyed; sent += block.length) {
        const piece = opts.bytes - sent < block.length ? block.subarray(0, opts.bytes - sent) : block;
        if (!req.write(piece)) await drainedOrClosed(req);
      }
      if (!req.destroyed) req.end(tail);
    })().catch(() => {});
  });
}

const databaseUrl = () => `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? '5435'}/${process.env.EMBEDDED_PG_DATABASE ?? 'eoffice'}`;

/** Rows in the tables an upload would write to. */
export async function uploadRowCounts(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ naskah: string; berkas: string; tindaklanjut: string; audit: string }>(
      'SELECT (SELECT count(*) FROM "Naskah") AS naskah, (SELECT count(*) FROM "Berkas") AS berkas, (SELECT count(*) FROM "TindakLanjut") AS tindaklanjut, (SELECT count(*) FROM "AuditLog") AS audit',
    );
    return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, Number(v)]));
  } finally {
    await client.end();
  }
}

/** Every file in the local store the e2e server writes to (STORAGE_DIR or .data/files). */
export async function storedFiles(): Promise<string[]> {
  const root = path.resolve(process.env.STORAGE_DIR ?? '.data/files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}
