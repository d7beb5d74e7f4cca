// PAdES B-LTA signatures made with the mock CA (pades-lta.test.ts checks the B-LTA structure strictly), checked by independent tools (pdfsig/NSS, OpenSSL,
// qpdf), plus the refusals a signer can meet (revoked, wrong passphrase, unknown NIK).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate, getCertificateStatus, revokeCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { createSampleNaskahPdf, qrPng, SAMPLE_SIGNATURE_BOX } from '@/lib/signing/sample/sample-naskah-pdf';
import { SigningError } from '@/lib/signing/types';
import { createInstansi, createOpd, createPegawai, randomNik } from '../support/factories';
import { extractSignature, nssDbTrusting, pdfsig, run, timeStampTokenOf, workDir } from './support/independent-validators';
import { startPkiServer } from './support/pki-http-server';

const PASSPHRASE = 'Rahasia#Uji2026';
let dir: string;
let nssDir: string;
let pki: Awaited<ReturnType<typeof startPkiServer>>;
let files: { root: string; issuing: string; tsa: string; chain: string };
const signer = new MockCaSigner();

async function newHolder() {
  const instansi = await createInstansi();
  const opd = await createOpd(instansi.id);
  const pegawai = await createPegawai(instansi.id, opd.id);
  return { id: pegawai.id, nama: pegawai.nama, nik: pegawai.nik, instansi: instansi.nama };
}

beforeAll(async () => {
  dir = await workDir();
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  pki = await startPkiServer(0);
  const ca = await loadCa();
  files = { root: path.join(dir, 'root.pem'), issuing: path.join(dir, 'issuing.pem'), tsa: path.join(dir, 'tsa.pem'), chain: path.join(dir, 'chain.pem') };
  await writeFile(files.root, ca.root.certificate.toString('pem'));
  await writeFile(files.issuing, ca.issuing.certificate.toString('pem'));
  await writeFile(files.tsa, ca.tsa.certificate.toString('pem'));
  await writeFile(files.chain, `${ca.issuing.certificate.toString('pem')}\n${ca.root.certificate.toString('pem')}\n`);
  nssDir = await nssDbTrusting(ca.root.certificate.toString('pem'));
});

afterAll(async () => {
  await pki?.close();
});

async function signSample(holder: { nik: string }, name: string) {
  const result = await signer.signPdf({
    pdf: await createSampleNaskahPdf(),
    nik: holder.nik,
    passphrase: PASSPHRASE,
    appearance: { ...SAMPLE_SIGNATURE_BOX, imagePng: await qrPng('https://eoffice.example.go.id/verifikasi/uji') },
    reason: 'Penandatanganan naskah dinas',
    location: 'Kota Mandala',
  });
  const file = path.join(dir, name);
  await writeFile(file, result.pdf);
  return { ...result, file };
}

describe('PAdES signatures with the mock CA', () => {
  it('signs a two-page naskah that pdfsig, OpenSSL and qpdf accept, with a time-stamp and a DSS', async () => {
    const holder = await newHolder();
    await ensureCertificate(holder, PASSPHRASE, { baseUrl: pki.baseUrl });
    const { pdf, file, signedAt } = await signSample(holder, 'signed.pdf');
    expect(Math.abs(signedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const sig = await pdfsig(file, nssDir);
    expect(sig).toContain('Signature Type: ETSI.CAdES.detached');
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Certificate Validation: Certificate is Trusted.');
    expect(sig).toContain(`Signer Certificate Common Name: ${holder.nama}`);
    // NSS asked the responder named in the certificate's AIA (pdfsig checks OCSP online).
    expect(pki.requests.some((r) => r.includes('/api/pki/ocsp'))).toBe(true);

    const { cms, signedBytes, byteRange } = extractSignature(pdf);
    const cmsFile = path.join(dir, 'sig.der');
    const contentFile = path.join(dir, 'signed-bytes.bin');
    await writeFile(cmsFile, cms);
    await writeFile(contentFile, signedBytes);
    const verified = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', cmsFile, '-content', contentFile, '-CAfile', files.root, '-no-CApath', '-no-CAstore', '-purpose', 'any', '-out', '/dev/null']);
    expect(verified.output).toContain('Verification successful');
    expect(verified.ok).toBe(true);

    const parsed = (await run('openssl', ['asn1parse', '-inform', 'DER', '-in', cmsFile])).output;
    expect(parsed).toMatch(/:id-smime-aa-signingCertificateV2|:1\.2\.840\.113549\.1\.9\.16\.2\.47/);
    expect(parsed).toMatch(/:id-smime-aa-timeStampToken|:1\.2\.840\.113549\.1\.9\.16\.2\.14/);
    expect(parsed).toContain(':messageDigest');
    expect(parsed).not.toContain(':signingTime');

    const { token, signatureValue } = timeStampTokenOf(cms);
    const tokenFile = path.join(dir, 'token.der');
    await writeFile(tokenFile, token);
    const untrusted = path.join(dir, 'ts-untrusted.pem');
    await writeFile(untrusted, `${await readFile(files.issuing, 'utf8')}\n${await readFile(files.tsa, 'utf8')}`);
    const imprint = createHash('sha256').update(signatureValue).digest('hex');
    const ts = await run('openssl', ['ts', '-verify', '-in', tokenFile, '-token_in', '-digest', imprint, '-CAfile', files.root, '-untrusted', untrusted]);
    expect(ts.output).toContain('Verification: OK');

    const qpdf = await run('qpdf', ['--check', file]);
    expect(qpdf.output).toContain('No syntax or stream encoding errors found');
    expect(qpdf.ok).toBe(true);

    // The DSS (and the document time-stamp) came after the signature as incremental updates: the
    // signed revision is intact and the file goes on past the ByteRange's end.
    expect(byteRange[2] + byteRange[3]).toBeLessThan(pdf.length);
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const dss = doc.catalog.lookup(PDFName.of('DSS'), PDFDict);
    const vri = dss.lookup(PDFName.of('VRI'), PDFDict);
    const expectedKey = createHash('sha1').update(cms).digest('hex').toUpperCase();
    // The signature's entry, and the document time-stamp's (the DSS update after it).
    expect(vri.keys().map((k) => k.decodeText())).toContain(expectedKey);
    expect(vri.keys()).toHaveLength(2);
    expect(dss.lookup(PDFName.of('Certs'), PDFArray).size()).toBe(4);
    // The issuing CA's CRL and the root's; OCSP for the signer and for the TSA.
    expect(dss.lookup(PDFName.of('CRLs'), PDFArray).size()).toBe(2);
    expect(dss.lookup(PDFName.of('OCSPs'), PDFArray).size()).toBe(2);

    // The visible widget sits exactly where it was asked, on page 2.
    const widget = doc.getPage(1).node.Annots()?.lookup(0, PDFDict);
    expect(widget?.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString()))).toEqual([
      SAMPLE_SIGNATURE_BOX.x,
      SAMPLE_SIGNATURE_BOX.y,
      SAMPLE_SIGNATURE_BOX.x + SAMPLE_SIGNATURE_BOX.width,
      SAMPLE_SIGNATURE_BOX.y + SAMPLE_SIGNATURE_BOX.height,
    ]);
    // Page 1 carries only the document time-stamp's field: invisible (an empty box), no appearance.
    const page1 = doc.getPage(0).node.Annots();
    expect(page1?.size()).toBe(1);
    const stamp = page1!.lookup(0, PDFDict);
    expect(stamp.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString()))).toEqual([0, 0, 0, 0]);
    expect(stamp.lookup(PDFName.of('V'), PDFDict).lookup(PDFName.of('Type'))).toBe(PDFName.of('DocTimeStamp'));
    expect(stamp.get(PDFName.of('AP'))).toBeUndefined();
  });

  it('a PDF with one byte changed inside the ByteRange no longer verifies', async () => {
    const holder = await newHolder();
    await ensureCertificate(holder, PASSPHRASE, { baseUrl: pki.baseUrl });
    const { pdf } = await signSample(holder, 'to-tamper.pdf');
    const tampered = Buffer.from(pdf);
    // The header's version digit: inside the first signed range, and the file still parses.
    expect(tampered.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    tampered[7] = '6'.charCodeAt(0);
    const file = path.join(dir, 'tampered.pdf');
    await writeFile(file, tampered);

    const sig = await pdfsig(file, nssDir);
    expect(sig).not.toContain('Signature is Valid.');
    expect(sig).toMatch(/Signature is Invalid|Digest Mismatch/);
    const { cms, signedBytes } = extractSignature(tampered);
    await writeFile(path.join(dir, 't-sig.der'), cms);
    await writeFile(path.join(dir, 't-bytes.bin'), signedBytes);
    const verified = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', path.join(dir, 't-sig.der'), '-content', path.join(dir, 't-bytes.bin'), '-CAfile', files.root, '-no-CApath', '-no-CAstore', '-purpose', 'any', '-out', '/dev/null']);
    expect(verified.ok).toBe(false);
    expect(verified.output).toMatch(/digest failure|Verification failure/);
  });

  it('signs a batch with one passphrase entry, results in input order', async () => {
    const holder = await newHolder();
    await ensureCertificate(holder, PASSPHRASE, { baseUrl: pki.baseUrl });
    const inputs = await Promise.all(['A/1', 'B/2', 'C/3'].map(async (nomor) => ({ pdf: await createSampleNaskahPdf({ nomor }) })));
    const results = await signer.signPdfBatch(inputs, { nik: holder.nik, passphrase: PASSPHRASE });
    expect(results).toHaveLength(3);
    for (const [i, result] of results.entries()) {
      const file = path.join(dir, `batch-${i}.pdf`);
      await writeFile(file, result.pdf);
      expect(await pdfsig(file, nssDir)).toContain('Signature is Valid.');
      const doc = await PDFDocument.load(result.pdf, { updateMetadata: false });
      expect(doc.getSubject()).toBe(['A/1', 'B/2', 'C/3'][i]);
    }
  });
});

describe('refusals', () => {
  it('a wrong passphrase fails as WRONG_PASSPHRASE and signs nothing', async () => {
    const holder = await newHolder();
    await ensureCertificate(holder, PASSPHRASE);
    const attempt = signer.signPdf({ pdf: await createSampleNaskahPdf(), nik: holder.nik, passphrase: 'bukan-passphrase-nya' });
    await expect(attempt).rejects.toBeInstanceOf(SigningError);
    await expect(attempt).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', retryable: false });
  });

  it('a NIK without a certificate is NOT_REGISTERED and cannot sign', async () => {
    const nik = randomNik();
    expect(await signer.checkStatus(nik)).toBe('NOT_REGISTERED');
    await expect(signer.signPdf({ pdf: await createSampleNaskahPdf(), nik, passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'NOT_REGISTERED' });
  });

  it('a PDF that is not a PDF, is already signed, or gets a box off its pages is rejected as PDF_REJECTED', async () => {
    const holder = await newHolder();
    await ensureCertificate(holder, PASSPHRASE);
    const sign = (pdf: Uint8Array, appearance?: typeof SAMPLE_SIGNATURE_BOX) => signer.signPdf({ pdf, nik: holder.nik, passphrase: PASSPHRASE, appearance });
    await expect(sign(new TextEncoder().encode('bukan pdf'))).rejects.toMatchObject({ code: 'PDF_REJECTED' });
    const signed = (await sign(await createSampleNaskahPdf())).pdf;
    // Re-saving a signed PDF would break its signature: refused rather than silently invalidated.
    await expect(sign(signed)).rejects.toMatchObject({ code: 'PDF_REJECTED' });
    await expect(sign(await createSampleNaskahPdf(), { ...SAMPLE_SIGNATURE_BOX, page: 3 })).rejects.toMatchObject({ code: 'PDF_REJECTED' });
    await expect(sign(await createSampleNaskahPdf(), { ...SAMPLE_SIGNATURE_BOX, width: 0 })).rejects.toMatchObject({ code: 'PDF_REJECTED' });
  });

  it('a revoked certificate cannot sign, and the CRL and the OCSP responder say revoked', async () => {
    const holder = await newHolder();
    const issued = await ensureCertificate(holder, PASSPHRASE, { baseUrl: pki.baseUrl });
    expect(await signer.checkStatus(holder.nik)).toBe('ISSUE');
    const certFile = path.join(dir, `holder-${issued.serial}.pem`);
    await writeFile(certFile, issued.certificatePem);
    const before = await signSample(holder, 'signed-before-revocation.pdf');

    expect(await revokeCertificate(holder.nik, 'keyCompromise')).toBe(1);
    expect(await getCertificateStatus(holder.nik)).toBe('REVOKE');
    await expect(signer.signPdf({ pdf: await createSampleNaskahPdf(), nik: holder.nik, passphrase: PASSPHRASE })).rejects.toMatchObject({ code: 'CERT_REVOKED' });
    // A document signed before the revocation: NSS asks the OCSP responder and now hears "revoked".
    expect(await pdfsig(before.file, nssDir)).toContain('Certificate Validation: Certificate has been Revoked.');

    const crlFile = path.join(dir, 'crl.der');
    await writeFile(crlFile, Buffer.from(await (await fetch(`${pki.baseUrl}/api/pki/crl`)).arrayBuffer()));
    const crl = await run('openssl', ['crl', '-inform', 'DER', '-in', crlFile, '-CAfile', files.chain, '-noout', '-text']);
    expect(crl.output).toContain('verify OK');
    expect(crl.output.toUpperCase()).toContain(`SERIAL NUMBER: ${issued.serial.toUpperCase()}`);
    expect(crl.output).toContain('Key Compromise');

    // OpenSSL builds the request, posts it to the responder and checks the signed answer.
    const ocsp = await run('openssl', ['ocsp', '-issuer', files.issuing, '-cert', certFile, '-url', `${pki.baseUrl}/api/pki/ocsp`, '-CAfile', files.root, '-resp_text']);
    expect(ocsp.output).toContain('Response verify OK');
    expect(ocsp.output).toContain(`${certFile}: revoked`);
    expect(ocsp.output).toContain('Reason: keyCompromise');
  });

  it('ensureCertificate keeps a valid certificate and issues a new one after revocation', async () => {
    const holder = await newHolder();
    const first = await ensureCertificate(holder, PASSPHRASE);
    expect((await ensureCertificate(holder, PASSPHRASE)).serial).toBe(first.serial);
    await revokeCertificate(holder.nik);
    const second = await ensureCertificate(holder, PASSPHRASE);
    expect(second.serial).not.toBe(first.serial);
    expect(await getCertificateStatus(holder.nik)).toBe('ISSUE');
    expect(second.encryptedPrivateKey).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(second.encryptedPrivateKey).not.toContain(PASSPHRASE);
  });
});
