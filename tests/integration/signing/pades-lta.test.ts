// PAdES B-LTA made with the mock CA, checked strictly and independently: DER everywhere (our own
// X.690 checker and OpenSSL's re-encoding), the DSS complete for offline validation of the
// signer's and the TSA's paths, a document time-stamp covering the whole file, and the verdicts of
// pdfsig (NSS), openssl cms/ts/crl/ocsp, qpdf and the project's own verifier with no network.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pkijs from 'pkijs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { createSampleNaskahPdf, qrPng, SAMPLE_SIGNATURE_BOX } from '@/lib/signing/sample/sample-naskah-pdf';
import { verifyPdf } from '@/lib/signing/verify';
import { createInstansi, createOpd, createPegawai } from '../support/factories';
import { nssDbTrusting, pdfsig, run, timeStampTokenOf, workDir } from './support/independent-validators';
import { startPkiServer } from './support/pki-http-server';
import { derViolations, firstTlv } from './support/strict-der';

const PASSPHRASE = 'Rahasia#Uji2026';
let dir: string;
let pki: Awaited<ReturnType<typeof startPkiServer>>;
let ca: Awaited<ReturnType<typeof loadCa>>;
let files: { root: string; issuing: string; tsa: string; signer: string; pdf: string };
let pdf: Uint8Array;
let holderName: string;

interface SignatureRevision {
  byteRange: number[];
  contents: Buffer;
  covered: Buffer;
  dictionary: string;
}

/** Every signature dictionary in file order, read through its /ByteRange (independent of lib/signing). */
function signatures(bytes: Uint8Array): SignatureRevision[] {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('latin1');
  return [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) => {
    const [a, b, c, d] = m.slice(1, 5).map(Number);
    const objStart = text.lastIndexOf(' obj', m.index);
    return {
      byteRange: [a, b, c, d],
      contents: Buffer.from(text.slice(b + 1, c - 1), 'hex'),
      covered: Buffer.concat([buffer.subarray(a, a + b), buffer.subarray(c, c + d)]),
      dictionary: text.slice(objStart, text.indexOf('endobj', m.index)),
    };
  });
}

const save = async (name: string, bytes: Uint8Array) => {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
};

/** CMS context-tagged SET OFs: certificates [0], crls [1], signedAttrs [0], unsignedAttrs [1]. */
const cmsSetOf = (tlv: { tagClass: number; tagNumber: number }) => tlv.tagClass === 2 && (tlv.tagNumber === 0 || tlv.tagNumber === 1);

/** The TSTInfo inside a time-stamp token: ContentInfo > [0] > SignedData > encapContentInfo > [0] > OCTET STRING. */
function tstInfoOf(token: Uint8Array): Uint8Array {
  const signedData = pkijs.SignedData.fromBER(pkijs.ContentInfo.fromBER(new Uint8Array(token).buffer).content.toBER());
  const eContent = signedData.encapContentInfo.eContent!;
  expect(eContent.idBlock.isConstructed).toBe(false);
  return new Uint8Array(eContent.valueBlock.valueHexView);
}

beforeAll(async () => {
  dir = await workDir('pades-lta-');
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  pki = await startPkiServer(0);
  process.env.AUTH_URL = pki.baseUrl;
  ca = await loadCa();
  const instansi = await createInstansi();
  const opd = await createOpd(instansi.id);
  const pegawai = await createPegawai(instansi.id, opd.id);
  holderName = pegawai.nama;
  const certificate = await ensureCertificate({ id: pegawai.id, nama: pegawai.nama, nik: pegawai.nik, instansi: instansi.nama }, PASSPHRASE);
  const result = await new MockCaSigner().signPdf({
    pdf: await createSampleNaskahPdf(),
    nik: pegawai.nik,
    passphrase: PASSPHRASE,
    appearance: { ...SAMPLE_SIGNATURE_BOX, imagePng: await qrPng('https://eoffice.example.go.id/verifikasi/uji') },
    reason: 'Penandatanganan naskah dinas',
    location: 'Kota Mandala',
  });
  pdf = result.pdf;
  files = {
    root: await save('root.pem', new TextEncoder().encode(ca.root.certificate.toString('pem'))),
    issuing: await save('issuing.pem', new TextEncoder().encode(ca.issuing.certificate.toString('pem'))),
    tsa: await save('tsa.pem', new TextEncoder().encode(ca.tsa.certificate.toString('pem'))),
    signer: await save('signer.pem', new TextEncoder().encode(certificate.certificatePem)),
    pdf: await save('signed-lta.pdf', pdf),
  };
});

afterAll(async () => {
  delete process.env.AUTH_URL;
  await pki?.close();
});

describe('PAdES B-LTA with the mock CA', () => {
  it('is a signature, then a DSS, then a document time-stamp over all of it, then a DSS for the time-stamp', async () => {
    const [signature, docTimeStamp, ...more] = signatures(pdf);
    expect(more).toHaveLength(0);
    expect(signature.dictionary).toMatch(/\/SubFilter\s*\/ETSI\.CAdES\.detached/);
    expect(docTimeStamp.dictionary).toMatch(/\/Type\s*\/DocTimeStamp/);
    expect(docTimeStamp.dictionary).toMatch(/\/SubFilter\s*\/ETSI\.RFC3161/);
    const [a, b, c, d] = docTimeStamp.byteRange;
    expect(a).toBe(0);
    // The time-stamp covers everything before it, the first DSS included.
    const text = Buffer.from(pdf).toString('latin1');
    const dssAt = [...text.matchAll(/\/Type \/DSS/g)].map((m) => m.index);
    expect(dssAt).toHaveLength(2);
    expect(dssAt[0]).toBeGreaterThan(signature.byteRange[2] + signature.byteRange[3]);
    expect(dssAt[0]).toBeLessThan(b);
    // After it, and nothing else: the DSS update with the time-stamp's own validation data.
    expect(dssAt[1]).toBeGreaterThan(c + d);
    expect(text.slice(c + d)).not.toMatch(/\/ByteRange|\/Type\s*\/(Page|Annot)\b/);
    // Four revisions: the signed one (with its placeholder), the DSS, the time-stamp, its DSS.
    expect(text.match(/%%EOF/g)).toHaveLength(4);
  });

  it('embeds DER only: the CMS, both time-stamp tokens and their TSTInfo re-encode to the same bytes', async () => {
    const [signature, docTimeStamp] = signatures(pdf);
    const cms = firstTlv(signature.contents);
    const { token: signatureToken } = timeStampTokenOf(Buffer.from(cms));
    const docToken = firstTlv(docTimeStamp.contents);
    for (const [name, der] of [
      ['signature CMS', cms],
      ['signature time-stamp token', signatureToken],
      ['document time-stamp token', docToken],
    ] as const) {
      expect(derViolations(der, cmsSetOf), name).toEqual([]);
      expect(derViolations(tstInfoOf(name === 'signature CMS' ? signatureToken : der)), `${name} TSTInfo`).toEqual([]);
      // OpenSSL parses and writes the structure again in DER: the bytes must not change.
      const input = await save(`${name.replaceAll(' ', '-')}.der`, der);
      const output = `${input}.out`;
      const roundTrip = await run('openssl', ['cms', '-cmsout', '-inform', 'DER', '-in', input, '-outform', 'DER', '-out', output]);
      expect(roundTrip.ok, roundTrip.output).toBe(true);
      expect(Buffer.compare(await readFile(output), Buffer.from(der)), `${name} re-encoded by OpenSSL`).toBe(0);
    }
    // The padding after the CMS is zeros only.
    expect(signature.contents.subarray(cms.length).every((byte) => byte === 0)).toBe(true);
  });

  it('verifies with OpenSSL: the signature over its ByteRange, and both time-stamps over what they stamp', async () => {
    const [signature, docTimeStamp] = signatures(pdf);
    const cms = await save('sig.der', firstTlv(signature.contents));
    const covered = await save('sig-covered.bin', signature.covered);
    const verified = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', cms, '-content', covered, '-CAfile', files.root, '-no-CApath', '-no-CAstore', '-purpose', 'any', '-out', '/dev/null']);
    expect(verified.output).toContain('Verification successful');

    const untrusted = await save('ts-untrusted.pem', new TextEncoder().encode(`${await readFile(files.issuing, 'utf8')}\n${await readFile(files.tsa, 'utf8')}`));
    const { token, signatureValue } = timeStampTokenOf(firstTlv(signature.contents) as Buffer);
    const signatureStamp = await run('openssl', ['ts', '-verify', '-in', await save('sig-token.der', token), '-token_in', '-digest', createHash('sha256').update(signatureValue).digest('hex'), '-CAfile', files.root, '-untrusted', untrusted]);
    expect(signatureStamp.output).toContain('Verification: OK');

    const docToken = await save('doc-token.der', firstTlv(docTimeStamp.contents));
    const docCovered = await save('doc-covered.bin', docTimeStamp.covered);
    const docStamp = await run('openssl', ['ts', '-verify', '-in', docToken, '-token_in', '-data', docCovered, '-CAfile', files.root, '-untrusted', untrusted]);
    expect(docStamp.output).toContain('Verification: OK');
    // One byte off in what the document time-stamp covers, and OpenSSL refuses it.
    const altered = Buffer.from(docTimeStamp.covered);
    altered[altered.length - 10] ^= 1;
    const refused = await run('openssl', ['ts', '-verify', '-in', docToken, '-token_in', '-data', await save('doc-altered.bin', altered), '-CAfile', files.root, '-untrusted', untrusted]);
    expect(refused.output).not.toContain('Verification: OK');
  });

  it('carries a DSS complete for offline validation: every certificate, and CRL/OCSP for each one below the root', async () => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const dss = doc.catalog.lookup(PDFName.of('DSS'), PDFDict);
    const streams = (array: PDFArray) => array.asArray().map((ref) => (doc.context.lookup(ref as PDFRef) as PDFRawStream).getContents());
    const certs = streams(dss.lookup(PDFName.of('Certs'), PDFArray));
    const crls = streams(dss.lookup(PDFName.of('CRLs'), PDFArray));
    const ocsps = streams(dss.lookup(PDFName.of('OCSPs'), PDFArray));
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const signerDer = new Uint8Array(Buffer.from((await readFile(files.signer, 'utf8')).replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    expect(new Set(certs.map(sha))).toEqual(new Set([signerDer, ca.issuing.der, ca.root.der, ca.tsa.der].map(sha)));

    // The CRLs: one signed by the root (covers the issuing CA), one by the issuing CA (covers signer and TSA).
    const crlIssuers: string[] = [];
    for (const [i, crl] of crls.entries()) {
      const file = await save(`dss-crl-${i}.der`, crl);
      const chain = await save('chain.pem', new TextEncoder().encode(`${await readFile(files.issuing, 'utf8')}\n${await readFile(files.root, 'utf8')}`));
      const checked = await run('openssl', ['crl', '-inform', 'DER', '-in', file, '-CAfile', chain, '-noout', '-issuer']);
      expect(checked.output, checked.output).toContain('verify OK');
      crlIssuers.push(/issuer=.*CN\s*=\s*([^,\n]+)/.exec(checked.output)![1].trim());
      expect(checked.output).not.toMatch(/Serial Number/i);
    }
    expect(crlIssuers.sort()).toEqual(['Mock CA Penandatangan e-Office', 'Mock Root CA e-Office']);

    // OCSP: "good" for the signer and for the TSA, signed by the issuing CA.
    const statuses: string[] = [];
    let tsaOcsp: Uint8Array | undefined;
    for (const [i, response] of ocsps.entries()) {
      const respin = await save(`dss-ocsp-${i}.der`, response);
      for (const cert of [files.signer, files.tsa]) {
        const answer = await run('openssl', ['ocsp', '-respin', respin, '-issuer', files.issuing, '-cert', cert, '-CAfile', files.root, '-no_nonce']);
        if (answer.output.includes(`${cert}: good`)) {
          expect(answer.output).toContain('Response verify OK');
          statuses.push(path.basename(cert));
          if (cert === files.tsa) tsaOcsp = response;
        }
      }
    }
    expect(statuses.sort()).toEqual(['signer.pem', 'tsa.pem']);

    // The issuing CA and the TSA name where their revocation data lives (what the DSS holds).
    const issuingText = (await run('openssl', ['x509', '-in', files.issuing, '-noout', '-ext', 'crlDistributionPoints'])).output;
    expect(issuingText).toContain(`${pki.baseUrl}/api/pki/root-crl`);
    const tsaText = (await run('openssl', ['x509', '-in', files.tsa, '-noout', '-ext', 'crlDistributionPoints,authorityInfoAccess'])).output;
    expect(tsaText).toContain(`${pki.baseUrl}/api/pki/crl`);
    expect(tsaText).toContain(`${pki.baseUrl}/api/pki/ocsp`);

    // VRI: keyed by the upper-case hex SHA-1 of each signature's /Contents (the signature's and the
    // document time-stamp's), pointing at the same streams: stored once, referenced twice.
    const [signature, docTimeStamp] = signatures(pdf);
    const vri = dss.lookup(PDFName.of('VRI'), PDFDict);
    const key = createHash('sha1').update(signature.contents).digest('hex').toUpperCase();
    const docKey = createHash('sha1').update(docTimeStamp.contents).digest('hex').toUpperCase();
    expect(vri.keys().map((k) => k.decodeText()).sort()).toEqual([key, docKey].sort());
    const entry = vri.lookup(PDFName.of(key), PDFDict);
    expect(streams(entry.lookup(PDFName.of('Cert'), PDFArray)).map(sha).sort()).toEqual(certs.map(sha).sort());
    expect(streams(entry.lookup(PDFName.of('CRL'), PDFArray))).toHaveLength(2);
    expect(streams(entry.lookup(PDFName.of('OCSP'), PDFArray))).toHaveLength(2);
    // The document time-stamp's TSA path: the TSA, issuing CA and root certificates, both CRLs and
    // the TSA's OCSP response ("good", checked by OpenSSL above), all of them streams of the DSS.
    const docEntry = vri.lookup(PDFName.of(docKey), PDFDict);
    const docCerts = streams(docEntry.lookup(PDFName.of('Cert'), PDFArray)).map(sha);
    for (const der of [ca.tsa.der, ca.issuing.der, ca.root.der]) expect(docCerts).toContain(sha(der));
    expect(streams(docEntry.lookup(PDFName.of('CRL'), PDFArray)).map(sha).sort()).toEqual(crls.map(sha).sort());
    const docOcsps = streams(docEntry.lookup(PDFName.of('OCSP'), PDFArray)).map(sha);
    expect(docOcsps).toContain(sha(tsaOcsp!));
  });

  it('pdfsig trusts the signature, qpdf finds the structure sound, and the page renders', async () => {
    const nss = await nssDbTrusting(await readFile(files.root, 'utf8'));
    const report = await pdfsig(files.pdf, nss);
    const [first, second] = report.split(/Signature #2:/);
    expect(first).toContain('Signature #1:');
    expect(first).toContain('Signature Type: ETSI.CAdES.detached');
    expect(first).toContain('Signature Validation: Signature is Valid.');
    expect(first).toContain('Certificate Validation: Certificate is Trusted.');
    expect(first).toContain(`Signer Certificate Common Name: ${holderName}`);
    // pdfsig lists the document time-stamp (over the whole file) but cannot check ETSI.RFC3161
    // tokens ("Unable to validate this type of signature"): OpenSSL checked it above.
    expect(second).toContain('Signer Certificate Common Name: Mock TSA e-Office');
    // Not the whole file any more: the time-stamp's own validation data follows it.
    expect(second).toContain('Not total document signed');
    expect(second).not.toMatch(/Signature is Invalid|Digest Mismatch/);

    const qpdf = await run('qpdf', ['--check', files.pdf]);
    expect(qpdf.output).toContain('No syntax or stream encoding errors found');
    expect(qpdf.ok).toBe(true);

    const rendered = await run('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', files.pdf, path.join(dir, 'page')]);
    expect(rendered.ok, rendered.output).toBe(true);
    const png = await readFile(path.join(dir, 'page-2.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    if (process.env.PADES_RENDER_DIR) {
      await mkdir(process.env.PADES_RENDER_DIR, { recursive: true });
      await copyFile(path.join(dir, 'page-2.png'), path.join(process.env.PADES_RENDER_DIR, 'signed-lta-page-2.png'));
      await copyFile(files.pdf, path.join(process.env.PADES_RENDER_DIR, 'signed-lta.pdf'));
    }
  });

  it("the project's verifier, offline from the DSS alone, finds every signature valid and the signature B-LTA", async () => {
    const root = pkijs.Certificate.fromBER(new Uint8Array(ca.root.der).buffer);
    const report = await verifyPdf(pdf, { trustedRoots: [root] });
    expect(report.conclusion).toBe('VALID');
    expect(report.signatures.map((s) => [s.kind, s.status, s.level])).toEqual([
      ['SIGNATURE', 'VALID', 'B-LTA'],
      ['DOC_TIMESTAMP', 'VALID', null],
    ]);
    expect(report.signatures[0].revocation).toMatchObject({ status: 'GOOD', source: 'DSS' });
    // The DSS after the document time-stamp is the only thing it does not cover, and it is allowed.
    expect(report.signatures[1].changes).toMatchObject({ coversWholeDocument: false, addedDss: true, addedSignatures: 0, contentChanges: [] });
    expect(report.signatures[1].indication).toBe('TOTAL_PASSED');
    expect(report.signatures[1].path.find((c) => c.role === 'TSA')?.revocation).toMatchObject({ status: 'GOOD', source: 'DSS' });
  });
});
