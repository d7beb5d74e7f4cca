// The public verifier's upload route as a browser calls it: a multipart body that the worker pool
// parses and hashes off the event loop, validated with the same Indonesian messages, and a full
// pool answered with 429 and Retry-After (load), never a 5xx.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/verifikasi/route';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { createSampleNaskahPdf } from '@/lib/signing/sample/sample-naskah-pdf';
import { parseMultipartForm } from '@/lib/untrusted/multipart-form';
import { runUntrusted, UntrustedTaskError } from '@/lib/untrusted/worker-pool';
import { randomNik } from '../support/factories';

process.env.MOCK_CA_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'upload-route-ca-')), 'ca');

const NO_PARAMS = { params: Promise.resolve({}) };
let naskah: Uint8Array;

function post(form: FormData | string, contentType?: string): Promise<Response> {
  const headers = contentType ? { 'content-type': contentType } : undefined;
  return POST(new Request('http://localhost/api/verifikasi', { method: 'POST', body: form, headers }), NO_PARAMS);
}

function upload(pdf: Uint8Array, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'naskah.pdf');
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

beforeAll(async () => {
  const nik = randomNik();
  await ensureCertificate({ nik, nama: 'Sri Wahyuni, S.H.', instansi: 'Pemerintah Uji' }, 'Rahasia#Uji2026');
  ({ pdf: naskah } = await new MockCaSigner().signPdf({ pdf: await createSampleNaskahPdf(), nik, passphrase: 'Rahasia#Uji2026', reason: 'Uji' }));
});

describe('POST /api/verifikasi', () => {
  it('verifies an uploaded naskah, with the SHA-256 computed in the pool over exactly the uploaded bytes', async () => {
    const res = await post(upload(naskah));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sha256: string; verification: { conclusion: string } };
    expect(body.verification.conclusion).toBe('VALID');
    expect(body.sha256).toBe(createHash('sha256').update(naskah).digest('hex'));
  });

  it('refuses a form without a file, an empty file, a bad code and a body that is no form with 400 and a message', async () => {
    const cases: [Promise<Response>, RegExp][] = [
      [post(new FormData()), /Pilih berkas PDF/],
      [post(upload(new Uint8Array())), /Berkas kosong/],
      [post(upload(naskah, { kode: 'x"; DROP' })), /Kode verifikasi tidak valid/],
      [post('{"file": "bukan"}', 'application/json'), /tidak dikenali/],
      [post('--batas\r\nContent-Disposition: form-data; name="file"\r\n\r\nterpotong', 'multipart/form-data; boundary=batas'), /tidak dikenali/],
    ];
    for (const [response, message] of cases) {
      const res = await response;
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
  });

  it('answers a burst beyond the pool and its queue with 429 and Retry-After, and the rest with verdicts', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, () => post(upload(naskah))));
    const statuses = answers.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const busy = answers.filter((r) => r.status === 429);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0].headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await busy[0].json()) as { message: string }).message).toMatch(/sedang sibuk/);
  }, 180_000);
});

describe('the form reader', () => {
  it('keeps the first value of each field and file, and hashes each file', async () => {
    const form = new FormData();
    form.append('kode', 'PERTAMA1');
    form.append('kode', 'KEDUA222');
    form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'a.pdf');
    form.append('file', new Blob([new Uint8Array([4])]), 'b.pdf');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const parsed = await parseMultipartForm({ body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type')! });
    expect(parsed?.fields).toEqual({ kode: 'PERTAMA1' });
    expect(parsed?.files.file).toMatchObject({ name: 'a.pdf', bytes: new Uint8Array([1, 2, 3]), sha256: createHash('sha256').update(new Uint8Array([1, 2, 3])).digest('hex') });
  });

  it('refuses a queued task at once when the pool is full, with the pool\'s reason', async () => {
    const settled = await Promise.allSettled(Array.from({ length: 200 }, () => runUntrusted('readForm', { body: new Uint8Array(), contentType: 'multipart/form-data; boundary=x' })));
    const refused = settled.filter((s) => s.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ failure: 'BUSY' });
    expect(refused[0]).toMatchObject({ reason: expect.any(UntrustedTaskError) });
  });
});
