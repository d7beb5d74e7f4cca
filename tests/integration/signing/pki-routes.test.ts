// The mock CA's public endpoints (app/api/pki/**), called as Next route handlers and checked with OpenSSL.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getCrl } from '@/app/api/pki/crl/route';
import { GET as getIssuer } from '@/app/api/pki/issuer/route';
import { POST as postOcsp } from '@/app/api/pki/ocsp/route';
import { GET as getRoot } from '@/app/api/pki/root/route';
import { GET as getRootCrl } from '@/app/api/pki/root-crl/route';
import { POST as postTsa } from '@/app/api/pki/tsa/route';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate, revokeCertificate } from '@/lib/signing/mock-ca/certificates';
import { createInstansi, createOpd, createPegawai } from '../support/factories';
import { run, workDir } from './support/independent-validators';
import { derViolations } from './support/strict-der';

let dir: string;
let files: { root: string; issuing: string; chain: string };

beforeAll(async () => {
  dir = await workDir('pki-routes-');
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  const ca = await loadCa();
  files = { root: path.join(dir, 'root.pem'), issuing: path.join(dir, 'issuing.pem'), chain: path.join(dir, 'chain.pem') };
  await writeFile(files.root, ca.root.certificate.toString('pem'));
  await writeFile(files.issuing, ca.issuing.certificate.toString('pem'));
  await writeFile(files.chain, `${ca.issuing.certificate.toString('pem')}\n${ca.root.certificate.toString('pem')}\n`);
});

const NO_PARAMS = { params: Promise.resolve({}) };
const get = (pathname: string) => new Request(`http://localhost${pathname}`);
const post = (body: Uint8Array, contentType: string) =>
  new Request('http://localhost/api/pki/x', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) });

async function save(response: Response, name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  return file;
}

describe('/api/pki', () => {
  it('GET root gives the root certificate as PEM and issuer the issuing CA as DER', async () => {
    const root = await getRoot(get('/api/pki/root'), NO_PARAMS);
    expect(root.headers.get('content-type')).toBe('application/x-pem-file');
    expect(await root.text()).toBe(`${await readFile(files.root, 'utf8')}\n`);
    const issuer = await getIssuer(get('/api/pki/issuer'), NO_PARAMS);
    expect(issuer.headers.get('content-type')).toBe('application/pkix-cert');
    const parsed = await run('openssl', ['x509', '-inform', 'DER', '-in', await save(issuer, 'issuer.der'), '-noout', '-subject']);
    expect(parsed.output).toContain('Mock CA Penandatangan');
  });

  it('GET crl is a CRL signed by the issuing CA that lists a revoked certificate', async () => {
    const instansi = await createInstansi();
    const pegawai = await createPegawai(instansi.id, (await createOpd(instansi.id)).id);
    const issued = await ensureCertificate({ id: pegawai.id, nama: pegawai.nama, nik: pegawai.nik, instansi: instansi.nama }, 'Rahasia#Uji2026');
    await revokeCertificate(pegawai.nik, 'affiliationChanged');
    const response = await getCrl(get('/api/pki/crl'), NO_PARAMS);
    expect(response.headers.get('content-type')).toBe('application/pkix-crl');
    const crl = await run('openssl', ['crl', '-inform', 'DER', '-in', await save(response, 'crl.der'), '-CAfile', files.chain, '-noout', '-text']);
    expect(crl.output).toContain('verify OK');
    expect(crl.output.toUpperCase()).toContain(issued.serial.toUpperCase());
    expect(crl.output).toContain('Affiliation Changed');
  });

  it('GET root-crl is a DER CRL signed by the root, revoking nothing (the issuing CA is in good standing)', async () => {
    const response = await getRootCrl(get('/api/pki/root-crl'), NO_PARAMS);
    expect(response.headers.get('content-type')).toBe('application/pkix-crl');
    const file = await save(response, 'root-crl.der');
    const crl = await run('openssl', ['crl', '-inform', 'DER', '-in', file, '-CAfile', files.root, '-noout', '-text']);
    expect(crl.output).toContain('verify OK');
    expect(crl.output).toMatch(/Issuer:.*CN\s*=\s*Mock Root CA e-Office/);
    expect(crl.output).toContain('No Revoked Certificates.');
    expect(derViolations(new Uint8Array(await readFile(file)))).toEqual([]);
  });

  it('POST ocsp answers an OpenSSL request with a signed response, and refuses a wrong content type', async () => {
    const instansi = await createInstansi();
    const pegawai = await createPegawai(instansi.id, (await createOpd(instansi.id)).id);
    const issued = await ensureCertificate({ id: pegawai.id, nama: pegawai.nama, nik: pegawai.nik, instansi: instansi.nama }, 'Rahasia#Uji2026');
    const certFile = path.join(dir, 'leaf.pem');
    await writeFile(certFile, issued.certificatePem);
    const requestFile = path.join(dir, 'ocsp-req.der');
    await run('openssl', ['ocsp', '-issuer', files.issuing, '-cert', certFile, '-reqout', requestFile]);
    const request = await readFile(requestFile);

    expect((await postOcsp(post(request, 'application/json'), NO_PARAMS)).status).toBe(400);
    const response = await postOcsp(post(request, 'application/ocsp-request'), NO_PARAMS);
    expect(response.headers.get('content-type')).toBe('application/ocsp-response');
    const responseFile = await save(response, 'ocsp-resp.der');
    // Given -cert, openssl builds a fresh request (new nonce), so the nonce is compared separately.
    const checked = await run('openssl', ['ocsp', '-respin', responseFile, '-issuer', files.issuing, '-cert', certFile, '-CAfile', files.root, '-no_nonce', '-resp_text']);
    expect(checked.output).toContain('Response verify OK');
    expect(checked.output).toContain(`${certFile}: good`);
    const requestNonce = /OCSP Nonce:\s*\n\s*([0-9A-F]+)/.exec((await run('openssl', ['ocsp', '-reqin', requestFile, '-req_text'])).output)?.[1];
    expect(requestNonce).toBeTruthy();
    expect(checked.output).toContain(requestNonce);

    const garbage = await postOcsp(post(new Uint8Array([1, 2, 3]), 'application/ocsp-request'), NO_PARAMS);
    const status = await run('openssl', ['ocsp', '-respin', await save(garbage, 'ocsp-bad.der'), '-resp_text', '-noverify']);
    expect(status.output).toContain('malformedrequest');
  });

  it('POST tsa answers an RFC 3161 query that openssl ts -verify accepts', async () => {
    const data = path.join(dir, 'data.bin');
    await writeFile(data, 'isi dokumen');
    const query = path.join(dir, 'query.tsq');
    await run('openssl', ['ts', '-query', '-data', data, '-sha256', '-cert', '-out', query]);
    expect((await postTsa(post(await readFile(query), 'text/plain'), NO_PARAMS)).status).toBe(400);
    const response = await postTsa(post(await readFile(query), 'application/timestamp-query'), NO_PARAMS);
    expect(response.headers.get('content-type')).toBe('application/timestamp-reply');
    const verified = await run('openssl', ['ts', '-verify', '-in', await save(response, 'reply.tsr'), '-queryfile', query, '-CAfile', files.root, '-untrusted', files.issuing]);
    expect(verified.output).toContain('Verification: OK');

    const sha1Query = path.join(dir, 'query-sha1.tsq');
    await run('openssl', ['ts', '-query', '-data', data, '-sha1', '-out', sha1Query]);
    const rejected = await postTsa(post(await readFile(sha1Query), 'application/timestamp-query'), NO_PARAMS);
    const text = await run('openssl', ['ts', '-reply', '-in', await save(rejected, 'reply-sha1.tsr'), '-text']);
    expect(text.output).toContain('Status: Rejected.');
    expect(text.output).toContain('Failure info: unrecognized or unsupported algorithm identifier');
  });
});
