// The verifier's fast paths give the same answers as the slow ones: a CMS split by its DER lengths
// carries the same certificates as one pkijs parses whole, and a signature checked with Node's
// crypto verifies exactly under the key that made it and the algorithm that key belongs to.
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSigner, parseCms } from '@/lib/signing/verify/cms';
import { splitCertificates } from '@/lib/signing/verify/cms-split';
import { fingerprint } from '@/lib/signing/verify/path/certificate-facts';
import { TrustStore } from '@/lib/signing/verify/path/trust-store';
import { verifiesUnder } from '@/lib/signing/verify/signature-value';
import { issueSigner, makeRoot, TestCmsSigner, type TestEntity } from '@/tests/support/test-pki';

let root: TestEntity;
let otherRoot: TestEntity;
let signer: TestEntity;
let cms: Uint8Array;
const content = Buffer.from('isi yang ditandatangani');
const cert = (entity: TestEntity) => pkijs.Certificate.fromBER(new Uint8Array(entity.cert.rawData).buffer);

beforeAll(async () => {
  root = await makeRoot('CN=Root Uji Kripto');
  otherRoot = await makeRoot('CN=Root Uji Kripto');
  signer = await issueSigner(root, 'Penanda Tangan Uji Kripto', '3200000000000111');
  cms = new Uint8Array(await new TestCmsSigner(signer, [root.cert]).sign(content));
});

/** The same ContentInfo with its outer SEQUENCE in BER's indefinite-length form. */
function indefinite(der: Uint8Array): Uint8Array {
  const lengthBytes = der[1] & 0x80 ? der[1] & 0x7f : 0;
  return Uint8Array.from([0x30, 0x80, ...der.subarray(2 + lengthBytes), 0, 0]);
}

describe('a CMS split by its DER lengths', () => {
  it('yields exactly the certificates pkijs reads from the whole CMS, and a rest without them', () => {
    const split = splitCertificates(cms)!;
    expect(split.certificates.map((c) => Buffer.from(c).toString('hex'))).toEqual([signer.cert.rawData, root.cert.rawData].map((d) => Buffer.from(d).toString('hex')));
    const whole = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(cms.slice().buffer).content });
    const rest = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(split.rest).buffer).content });
    expect(rest.certificates).toBeUndefined();
    expect(whole.certificates).toHaveLength(2);
    expect(parseCms(cms)!.certificates.map(fingerprint)).toEqual((whole.certificates as pkijs.Certificate[]).map(fingerprint));
  });

  it('is not split when it is BER (indefinite length), and still read whole with its certificates', async () => {
    const ber = indefinite(cms);
    expect(splitCertificates(ber)).toBeNull();
    const parsed = parseCms(ber)!;
    expect(parsed.certificates.map(fingerprint)).toEqual([cert(signer), cert(root)].map(fingerprint));
    expect((await checkSigner(parsed, content)).signatureValid).toBe(true);
  });

  it('makes a CMS whose certificate does not parse unreadable, as it was whole', () => {
    const split = splitCertificates(cms)!;
    const broken = Buffer.from(cms);
    const at = broken.indexOf(Buffer.from(split.certificates[1]));
    broken[at + 6] ^= 0xff; // inside the root certificate's TBS header
    expect(parseCms(broken)).toBeNull();
  });

  it('verifies the signer over the content and only over it', async () => {
    expect(await checkSigner(parseCms(cms)!, content)).toMatchObject({ digestMatches: true, signatureValid: true });
    expect((await checkSigner(parseCms(cms)!, Buffer.from('isi lain'))).digestMatches).toBe(false);
  });
});

describe('signature values checked with Node crypto', () => {
  it('verify under the issuing key only, and never under an algorithm of another key type', async () => {
    const child = cert(signer);
    expect(await verifiesUnder(child.tbsView, child.signatureValue, child.signatureAlgorithm, cert(root))).toBe(true);
    // A root with the same name but another key.
    expect(await verifiesUnder(child.tbsView, child.signatureValue, child.signatureAlgorithm, cert(otherRoot))).toBe(false);
    const rsaClaim = new pkijs.AlgorithmIdentifier({ algorithmId: '1.2.840.113549.1.1.11' });
    expect(await verifiesUnder(child.tbsView, child.signatureValue, rsaClaim, cert(root))).toBe(false);
    const tampered = new Uint8Array(child.tbsView);
    tampered[tampered.length - 1] ^= 1;
    expect(await verifiesUnder(tampered, child.signatureValue, child.signatureAlgorithm, cert(root))).toBe(false);
  });

  it('are remembered per pair of certificates: a check under one issuer says nothing of another', async () => {
    const store = new TrustStore([cert(root), cert(otherRoot)], []);
    expect(await store.signedBy(cert(signer), cert(root))).toBe(true);
    expect(await store.signedBy(cert(signer), cert(otherRoot))).toBe(false);
    expect(await new TrustStore([cert(otherRoot)], []).signedBy(cert(signer), cert(otherRoot))).toBe(false);
  });
});
