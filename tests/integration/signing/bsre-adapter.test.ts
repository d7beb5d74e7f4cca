// The BSrE adapter against the project's BSrE-compatible mock server over real HTTP: one test per
// error the signer can meet, and a signed PDF from v1 and from a v2 batch that independent tools
// accept. The mock returns B-T as BSrE does; the adapter adds DSS and document time-stamp (B-LTA),
// fetching CRLs, OCSP and the time-stamp from the mock CA's endpoints over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { BsreSigner } from '@/lib/signing/bsre/bsre-signer';
import type { BsreConfig } from '@/lib/signing/bsre/config';
import { BsreConfigError } from '@/lib/signing/bsre/errors';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pkijs from 'pkijs';
import type { MockBsreBackend } from '@/lib/signing/bsre/mock/backend';
import { MOCK_BSRE_NIK, MOCK_BSRE_PASSPHRASE, provisionMockBsreFixtures } from '@/lib/signing/bsre/mock/fixtures';
import { createMockCaBackend } from '@/lib/signing/bsre/mock/mock-ca-backend';
import { createMockBsreServer } from '@/lib/signing/bsre/mock/server';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { SigningError } from '@/lib/signing/types';
import { verifyPdf } from '@/lib/signing/verify';
import { makeUnsignedPdf } from '@/tests/support/test-pki';
import { freePort } from '@/tests/support/free-port';
import { pdfsig, pdfText, qpdfCheck } from '@/tests/support/pdf-tools';
import { startPkiServer } from './support/pki-http-server';

let bsreUrl: string;
let closedPort: number;
const CLIENT = { user: 'eoffice', password: 'klien-rahasia' };
let server: Server;
let signRequests = 0;
let trustedRoots: pkijs.Certificate[];
let pki: Awaited<ReturnType<typeof startPkiServer>>;

const config = (overrides: Partial<BsreConfig> = {}): BsreConfig => ({
  url: bsreUrl,
  ...CLIENT,
  apiVersion: 'v2',
  signTimeoutMs: 60_000,
  statusTimeoutMs: 5_000,
  tsaUrl: `${pki.baseUrl}/api/pki/tsa`,
  ...overrides,
});

beforeAll(async () => {
  process.env.MOCK_CA_DIR = path.join(await mkdtemp(path.join(tmpdir(), 'mock-bsre-ca-')), 'ca');
  // The mock CA's certificates name this server for their CRLs, OCSP and issuer, as BSrE's name its own.
  pki = await startPkiServer(0);
  process.env.AUTH_URL = pki.baseUrl;
  trustedRoots = [pkijs.Certificate.fromBER((await loadCa()).root.der.slice().buffer)];
  const mockCa = createMockCaBackend({ overrides: await provisionMockBsreFixtures({ slowMs: 3_000 }) });
  const backend: MockBsreBackend = {
    status: (nik) => mockCa.status(nik),
    sign: (request) => {
      signRequests++;
      return mockCa.sign(request);
    },
  };
  server = createMockBsreServer({ backend, ...CLIENT });
  closedPort = await freePort();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  bsreUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  delete process.env.AUTH_URL;
  await pki?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function signingError(promise: Promise<unknown>): Promise<SigningError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SigningError);
  return error as SigningError;
}

const documentFor = async (nik: string, passphrase = MOCK_BSRE_PASSPHRASE) => ({ pdf: await makeUnsignedPdf(), nik, passphrase });

describe.each(['v1', 'v2'] as const)('BsreSigner %s against the mock BSrE', (apiVersion) => {
  const signer = () => new BsreSigner(config({ apiVersion }));

  it('reports a wrong passphrase, once (no retry), without the passphrase anywhere in the error', async () => {
    const wrong = 'Salah#Passphrase-123';
    const before = signRequests;
    const error = await signingError(signer().signPdf(await documentFor(MOCK_BSRE_NIK.active, wrong)));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.retryable).toBe(false);
    expect(signRequests - before).toBe(1);
    for (const text of [error.message, error.userMessage, JSON.stringify(error), inspect(error, { depth: 5 }), String(error.stack)]) {
      expect(text).not.toContain(wrong);
    }
  });

  it('reports a NIK that is not registered', async () => {
    const error = await signingError(signer().signPdf(await documentFor(MOCK_BSRE_NIK.notRegistered)));
    expect(error.code).toBe('NOT_REGISTERED');
  });

  it.each([
    [MOCK_BSRE_NIK.expired, 'CERT_EXPIRED'],
    [MOCK_BSRE_NIK.revoked, 'CERT_REVOKED'],
    [MOCK_BSRE_NIK.suspended, 'CERT_SUSPENDED'],
    [MOCK_BSRE_NIK.waiting, 'CERT_NOT_ACTIVE'],
    [MOCK_BSRE_NIK.noCertificate, 'NO_CERTIFICATE'],
  ])('refuses NIK %s before sending the document: %s', async (nik, code) => {
    const before = signRequests;
    const error = await signingError(signer().signPdf(await documentFor(nik)));
    expect(error.code).toBe(code);
    expect(signRequests).toBe(before);
  });

  it.each([
    ['no end-of-file marker', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage'],
    ['a header and marker around garbage', '%PDF-1.7\nthis is not a document\n%%EOF\n'],
  ])('reports a broken PDF (%s) as rejected', async (_, text) => {
    const broken = new TextEncoder().encode(text);
    const error = await signingError(signer().signPdf({ pdf: broken, nik: MOCK_BSRE_NIK.active, passphrase: MOCK_BSRE_PASSPHRASE }));
    expect(error.code).toBe('PDF_REJECTED');
  });

  it('reports an unreachable service (closed port) as unavailable and retryable', async () => {
    const error = await signingError(new BsreSigner(config({ apiVersion, url: `http://127.0.0.1:${closedPort}` })).signPdf(await documentFor(MOCK_BSRE_NIK.active)));
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.retryable).toBe(true);
  });

  it('gives up on a slow service after the configured time-out', async () => {
    const started = Date.now();
    const error = await signingError(new BsreSigner(config({ apiVersion, signTimeoutMs: 500 })).signPdf(await documentFor(MOCK_BSRE_NIK.slow)));
    expect(error.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('reports bad client credentials (HTTP 401) as a configuration error for the admin', async () => {
    const error = await signingError(new BsreSigner(config({ apiVersion, password: 'salah' })).signPdf(await documentFor(MOCK_BSRE_NIK.active)));
    expect(error).toBeInstanceOf(BsreConfigError);
    expect(error.userMessage).toMatch(/hubungi admin sistem/);
  });

  it('reads the certificate status', async () => {
    expect(await signer().checkStatus(MOCK_BSRE_NIK.active)).toBe('ISSUE');
    expect(await signer().checkStatus(MOCK_BSRE_NIK.revoked)).toBe('REVOKE');
    expect(await signer().checkStatus('9999999999999999')).toBe('NOT_REGISTERED');
  });
});

describe('successful signing', () => {
  async function expectValidSignedPdf(pdf: Uint8Array) {
    const report = await pdfsig(pdf);
    expect(report).toMatch(/Signature #1/);
    expect(report).toMatch(/Signature Validation: Signature is Valid\./);
    expect(report).toMatch(/ETSI\.CAdES\.detached/);
    const check = await qpdfCheck(pdf);
    expect(check.ok, check.output).toBe(true);
    // Offline, from the DSS alone: no fetchCrl, no caRevocation.
    const verification = await verifyPdf(pdf, { trustedRoots });
    expect(verification.conclusion).toBe('VALID');
    expect(verification.signatures.map((s) => [s.kind, s.status])).toEqual([
      ['SIGNATURE', 'VALID'],
      ['DOC_TIMESTAMP', 'VALID'],
    ]);
    expect(verification.signatures[0]).toMatchObject({ signerNik: MOCK_BSRE_NIK.active, signerName: 'Budi Santoso', level: 'B-LTA', revocation: { status: 'GOOD', source: 'DSS' } });
  }

  it('the mock answers B-T, as BSrE does: no DSS, no document time-stamp', async () => {
    const response = await fetch(`${bsreUrl}/api/v2/sign/pdf`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${CLIENT.user}:${CLIENT.password}`).toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ nik: MOCK_BSRE_NIK.active, passphrase: MOCK_BSRE_PASSPHRASE, file: [Buffer.from(await makeUnsignedPdf()).toString('base64')] }),
    });
    const raw = new Uint8Array(Buffer.from(((await response.json()) as { file: string[] }).file[0], 'base64'));
    expect(Buffer.from(raw).includes('/DSS')).toBe(false);
    const verification = await verifyPdf(raw, { trustedRoots });
    expect(verification.signatures.map((s) => [s.kind, s.level])).toEqual([['SIGNATURE', 'B-T']]);
  });

  it('the adapter fetched the validation data from the addresses in the certificates', async () => {
    const before = pki.requests.length;
    await new BsreSigner(config({ apiVersion: 'v2' })).signPdf(await documentFor(MOCK_BSRE_NIK.active));
    const asked = pki.requests.slice(before);
    expect(asked).toEqual(expect.arrayContaining(['GET /api/pki/crl', 'GET /api/pki/root-crl', 'POST /api/pki/ocsp', 'POST /api/pki/tsa']));
  });

  it('without BSRE_TSA_URL the adapter stops at B-LT (DSS, no document time-stamp)', async () => {
    const { pdf } = await new BsreSigner(config({ apiVersion: 'v2', tsaUrl: undefined })).signPdf(await documentFor(MOCK_BSRE_NIK.active));
    const verification = await verifyPdf(pdf, { trustedRoots });
    expect(verification.signatures.map((s) => [s.kind, s.status, s.level])).toEqual([['SIGNATURE', 'VALID', 'B-LT']]);
  });

  it('validation data that cannot be fetched is a retryable refusal, not a B-T document passed off as B-LTA', async () => {
    const error = await signingError(new BsreSigner(config({ apiVersion: 'v2', tsaUrl: `http://127.0.0.1:${closedPort}/tsa` })).signPdf(await documentFor(MOCK_BSRE_NIK.active)));
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.retryable).toBe(true);
  });

  it('v1: returns the signed PDF and the id_dokumen', async () => {
    const result = await new BsreSigner(config({ apiVersion: 'v1' })).signPdf({
      ...(await documentFor(MOCK_BSRE_NIK.active)),
      appearance: { page: 1, x: 400, y: 80, width: 120, height: 60 },
      reason: 'Penandatanganan naskah dinas',
    });
    expect(result.backendDocumentId).toMatch(/^[0-9a-f]{32}$/);
    await expectValidSignedPdf(result.pdf);
  });

  it('v2: signs a batch of three documents with one passphrase entry, results in input order', async () => {
    const texts = ['Naskah satu', 'Naskah dua', 'Naskah tiga'];
    const inputs = await Promise.all(texts.map(async (t) => ({ pdf: await makeUnsignedPdf(t) })));
    const before = signRequests;
    const results = await new BsreSigner(config({ apiVersion: 'v2' })).signPdfBatch(inputs, { nik: MOCK_BSRE_NIK.active, passphrase: MOCK_BSRE_PASSPHRASE });
    expect(results).toHaveLength(3);
    expect(signRequests - before).toBe(3);
    for (const [i, result] of results.entries()) {
      await expectValidSignedPdf(result.pdf);
      expect(await pdfText(result.pdf)).toContain(texts[i]);
    }
  });
});

describe('mock BSrE responses', () => {
  const auth = `Basic ${Buffer.from(`${CLIENT.user}:${CLIENT.password}`).toString('base64')}`;

  it('answers a wrong passphrase with the v1 error body of the real service', async () => {
    const form = new FormData();
    form.set('file', new Blob([Buffer.from(await makeUnsignedPdf())], { type: 'application/pdf' }), 'a.pdf');
    form.set('nik', MOCK_BSRE_NIK.active);
    form.set('passphrase', 'salah');
    form.set('tampilan', 'invisible');
    const response = await fetch(`${bsreUrl}/api/sign/pdf`, { method: 'POST', body: form, headers: { authorization: auth } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Passphrase anda salah', status_code: 2031 });
  });

  it('answers the v1 status of an unregistered NIK and an active one', async () => {
    const get = async (nik: string) => (await fetch(`${bsreUrl}/api/user/status/${nik}`, { headers: { authorization: auth } })).json();
    expect(await get(MOCK_BSRE_NIK.notRegistered)).toMatchObject({ status_code: 1110, status: 'NOT_REGISTERED' });
    expect(await get(MOCK_BSRE_NIK.active)).toMatchObject({ status_code: 1111, status: 'ISSUE' });
  });

  it('refuses requests without Basic auth with 401', async () => {
    const response = await fetch(`${bsreUrl}/api/user/status/${MOCK_BSRE_NIK.active}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('answers a v2 request with a missing file list with a 400 JSON error', async () => {
    const response = await fetch(`${bsreUrl}/api/v2/sign/pdf`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ nik: MOCK_BSRE_NIK.active, passphrase: MOCK_BSRE_PASSPHRASE, file: [] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status_code: 400 });
  });
});
