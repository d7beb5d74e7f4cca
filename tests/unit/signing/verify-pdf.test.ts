import { describe, expect, it, beforeAll } from 'vitest';
import * as pkijs from 'pkijs';
import { verifyPdf } from '@/lib/signing/verify/verify-pdf';
import { parseCrl } from '@/lib/signing/verify/revocation';
import { issueSigner, makeCrl, makeRoot, makeUnsignedPdf, signWithTestPki, type TestEntity } from '@/tests/support/test-pki';

const HOUR = 60 * 60 * 1000;
let root: TestEntity;
let signer: TestEntity;
let trustedRoots: pkijs.Certificate[];
let signed: Uint8Array;
let cleanCrl: pkijs.CertificateRevocationList;

const toPkijs = (e: TestEntity) => pkijs.Certificate.fromBER(e.cert.rawData);

beforeAll(async () => {
  root = await makeRoot('CN=Root Uji Tepercaya');
  signer = await issueSigner(root, 'Budi Santoso', '3201010101900001');
  trustedRoots = [toPkijs(root)];
  signed = await signWithTestPki(await makeUnsignedPdf(), signer, [root.cert]);
  cleanCrl = parseCrl(await makeCrl(root, []))!;
});

describe('verifyPdf', () => {
  it('reports an intact signature by a trusted signer with a clean CRL as valid, with name and NIK', async () => {
    const result = await verifyPdf(signed, { trustedRoots, caRevocation: { crls: [cleanCrl], ocsps: [] } });
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures).toHaveLength(1);
    const [s] = result.signatures;
    expect(s).toMatchObject({ signerName: 'Budi Santoso', signerNik: '3201010101900001', trusted: true, level: 'B-B', status: 'VALID', indication: 'TOTAL_PASSED', subIndication: null });
    expect(s.path.map((c) => c.role)).toEqual(['SIGNER', 'ROOT']);
    expect(s.integrity).toEqual({ valid: true, digestMatches: true, signatureValid: true, byteRangeSound: true });
    expect(s.changes.coversWholeDocument).toBe(true);
    expect(s.revocation).toMatchObject({ status: 'GOOD', source: 'CA' });
  });

  it('is indeterminate, not valid, when no revocation data can be found', async () => {
    const result = await verifyPdf(signed, { trustedRoots });
    expect(result.conclusion).toBe('INDETERMINATE');
    expect(result.signatures[0]).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'TRY_LATER' });
    expect(result.signatures[0].reasons.join(' ')).toMatch(/pencabutan/);
  });

  it('reports a tampered document as invalid (a byte inside the signed range changed)', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('/MediaBox [ 0 0 595');
    expect(at).toBeGreaterThan(0);
    tampered.write('/MediaBox [ 0 0 596', at, 'latin1');
    const result = await verifyPdf(tampered, { trustedRoots, caRevocation: { crls: [cleanCrl], ocsps: [] } });
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'HASH_FAILURE' });
    expect(result.signatures[0].integrity.digestMatches).toBe(false);
    expect(result.signatures[0].reasons.join(' ')).toMatch(/hash tidak cocok/);
  });

  it('reports a signature by an untrusted (self-made) CA as invalid even though it is intact', async () => {
    const foreignRoot = await makeRoot('CN=CA Buatan Sendiri');
    const impostor = await issueSigner(foreignRoot, 'Budi Santoso', '3201010101900001');
    const foreign = await signWithTestPki(await makeUnsignedPdf(), impostor, [foreignRoot.cert]);
    const result = await verifyPdf(foreign, { trustedRoots, caRevocation: { crls: [cleanCrl], ocsps: [] } });
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ trusted: false, status: 'INVALID', indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND' });
    expect(result.signatures[0].integrity.valid).toBe(true);
  });

  it('does not take /M as proof: a signature without a time-stamp by a now-revoked signer is not valid, whatever /M claims', async () => {
    const now = Date.now();
    const before = await signWithTestPki(await makeUnsignedPdf('Sebelum dicabut'), signer, [root.cert], new Date(now - 2 * HOUR));
    const crl = parseCrl(await makeCrl(root, [{ cert: signer.cert, at: new Date(now - HOUR) }]))!;
    const result = await verifyPdf(before, { trustedRoots, caRevocation: { crls: [crl], ocsps: [] } });
    expect(result.conclusion).toBe('INVALID');
    const [s] = result.signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'REVOKED_NO_POE', timeSource: 'CURRENT_TIME', timeStampTime: null });
    expect(s.claimedSigningTime?.getTime()).toBeLessThan(now - HOUR);
    expect(s.revocation.status).toBe('REVOKED');
  });

  it('accepts a second signature added later as an incremental update, and reports it on the first', async () => {
    const twice = await signWithTestPki(signed, signer, [root.cert]);
    const result = await verifyPdf(twice, { trustedRoots, caRevocation: { crls: [cleanCrl], ocsps: [] } });
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures).toHaveLength(2);
    expect(result.signatures[0].changes).toMatchObject({ coversWholeDocument: false, addedSignatures: 1, contentChanges: [] });
    expect(result.signatures[1].changes.coversWholeDocument).toBe(true);
  });

  it('reports content appended after signing (a page redrawn in an incremental update) as invalid', async () => {
    const text = Buffer.from(signed).toString('latin1');
    const page = /(\d+) 0 obj\s*<<\s*\/Type \/Page\b[\s\S]*?endobj/g;
    const last = [...text.matchAll(page)].pop()!;
    const changedPage = last[0].replace(/\/MediaBox \[[^\]]*\]/, '/MediaBox [ 0 0 300 300 ]');
    const appended = Buffer.concat([Buffer.from(signed), Buffer.from(`\n${changedPage}\n`, 'latin1')]);
    const result = await verifyPdf(appended, { trustedRoots, caRevocation: { crls: [cleanCrl], ocsps: [] } });
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0].changes.contentChanges.join(' ')).toMatch(/Page/);
    expect(result.signatures[0]).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'CHANGED_AFTER_SIGNING' });
  });

  it('finds no signature in an unsigned PDF', async () => {
    const result = await verifyPdf(await makeUnsignedPdf(), { trustedRoots });
    expect(result).toMatchObject({ conclusion: 'NO_SIGNATURE', signatures: [] });
  });
});
