// The verifier's trust decisions under attack: forged certificates with copied names, fake TSAs,
// backdated /M, a fake CRL issuer and an unauthorised OCSP responder, revoked and expired signers.
// Genuine material comes from the mock CA's own keys; every forgery is made here. Each case
// asserts the exact ETSI indication and sub-indication, and that the page conclusion is not VALID.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCa, type CaMaterial } from '@/lib/signing/mock-ca/ca-store';
import { verifyPdf, type VerifyOptions } from '@/lib/signing/verify';
import { parseCrl } from '@/lib/signing/verify/revocation';
import type { ValidationData } from '@/lib/signing/pades/dss';
import {
  addDocumentTimeStamp,
  crlOf,
  genuineCa,
  genuineStamper,
  issue,
  makeCrl,
  makeOcsp,
  makeTimeStampToken,
  OCSP_SIGNING,
  signPdf,
  TIME_STAMPING,
  U,
  type Entity,
} from './support/forge';

process.env.MOCK_CA_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'verifikasi-serangan-')), 'ca');

const MINUTE = 60 * 1000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
const SIGNER_NAME = 'CN=Dra. Sri Wahyuni, 2.5.4.5=3201010101900001, O=Pemerintah Uji, C=ID';

let ca: CaMaterial;
let g: { root: Entity; issuing: Entity; tsa: Entity };
let trustedRoots: pkijs.Certificate[];
let rootCrl: Uint8Array;
let signer: Entity;

const toPkijs = (e: Entity) => pkijs.Certificate.fromBER(e.der.slice().buffer);
/** Everything an offline verifier needs, as the project's B-LT signing stores it (with the root's CRL too). */
const completeDss = async (revoked: { certificate: Entity; at: Date }[] = []): Promise<ValidationData> => ({
  certificates: [g.issuing.der, g.root.der, g.tsa.der],
  crls: [await crlOf(g.issuing, revoked), rootCrl],
  ocsps: [],
});
/** Offline: trusted roots only, no CA revocation source and no network. */
const offline = (): VerifyOptions => ({ trustedRoots });

beforeAll(async () => {
  ca = await loadCa();
  g = await genuineCa(ca);
  trustedRoots = [toPkijs(g.root)];
  rootCrl = await crlOf(g.root);
  signer = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50) });
});

describe('genuine signatures', () => {
  it('passes a genuine B-LT signature validated offline from its DSS, with the path and the time-stamp as the time', async () => {
    const pdf = await signPdf({ signer, chain: [g.issuing, g.root], stamper: genuineStamper(ca), dss: await completeDss() });
    const result = await verifyPdf(pdf, offline());
    expect(result.conclusion).toBe('VALID');
    const [s] = result.signatures;
    expect(s).toMatchObject({ indication: 'TOTAL_PASSED', subIndication: null, status: 'VALID', level: 'B-LT', timeSource: 'SIGNATURE_TIMESTAMP', trusted: true });
    expect(s.validationTime).toEqual(s.timeStampTime);
    expect(s.path.map((c) => [c.role, c.revocation.status, c.revocation.source])).toEqual([
      ['SIGNER', 'GOOD', 'DSS'],
      ['CA', 'GOOD', 'DSS'],
      ['ROOT', 'NOT_CHECKED', null],
    ]);
    expect(s.path[0].subject).not.toMatch(/3201010101900001/);
    expect(s.timeStamp).toMatchObject({ trusted: true, indication: 'TOTAL_PASSED', tsaName: 'Mock TSA e-Office' });
  });

  it('reports B-LTA when a valid document time-stamp covers the DSS', async () => {
    const signed = await signPdf({ signer, chain: [g.issuing, g.root], stamper: genuineStamper(ca), dss: await completeDss() });
    const result = await verifyPdf(await addDocumentTimeStamp(signed, genuineStamper(ca)), offline());
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures.map((s) => [s.kind, s.indication, s.level])).toEqual([
      ['SIGNATURE', 'TOTAL_PASSED', 'B-LTA'],
      ['DOC_TIMESTAMP', 'TOTAL_PASSED', null],
    ]);
  });

  it('takes the proven time of a signature without its own time-stamp from a later document time-stamp', async () => {
    const signed = await signPdf({ signer, chain: [g.issuing, g.root], claimedAt: ago(40), dss: await completeDss() });
    const result = await verifyPdf(await addDocumentTimeStamp(signed, genuineStamper(ca)), offline());
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures[0]).toMatchObject({ indication: 'TOTAL_PASSED', timeSource: 'DOCUMENT_TIMESTAMP', timeStampTime: null, level: 'B-B' });
    expect(result.signatures[0].validationTime.getTime()).toBeGreaterThan(ago(1).getTime());
  });

  it('does not let a later document time-stamp rescue a backdated /M on an expired signer: it proves only its own, later time', async () => {
    const expired = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50), notAfter: ago(20) });
    const signed = await signPdf({ signer: expired, chain: [g.issuing, g.root], claimedAt: ago(30), dss: await completeDss() });
    const result = await verifyPdf(await addDocumentTimeStamp(signed, genuineStamper(ca)), offline());
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'EXPIRED', timeSource: 'DOCUMENT_TIMESTAMP' });
  });

  it('refuses a document time-stamp from a self-made TSA', async () => {
    const fakeTsa = await issue({ subject: ca.tsa.certificate.subject, issuerName: ca.issuing.certificate.subject, authorityKey: g.issuing.publicKey, keyUsage: U.digitalSignature, eku: { purposes: [TIME_STAMPING], critical: true } });
    const signed = await signPdf({ signer, chain: [g.issuing, g.root], stamper: genuineStamper(ca), dss: await completeDss() });
    const stamped = await addDocumentTimeStamp(signed, async (imprint) => makeTimeStampToken(imprint, fakeTsa, new Date(), [g.issuing.der, g.root.der]));
    const result = await verifyPdf(stamped, offline());
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[1]).toMatchObject({ kind: 'DOC_TIMESTAMP', indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND', timeStampTime: null });
    // The signature itself is untouched, but not B-LTA: the forged stamp proves nothing.
    expect(result.signatures[0]).toMatchObject({ indication: 'TOTAL_PASSED', level: 'B-LT' });
  });
});

describe('certificate forgery with copied names', () => {
  let impostor: Entity;
  beforeAll(async () => {
    // Subject of the real signer, issuer name and authority key identifier of the genuine issuing CA, own key.
    impostor = await issue({ subject: SIGNER_NAME, issuerName: ca.issuing.certificate.subject, authorityKey: g.issuing.publicKey, notBefore: ago(50) });
  });

  it.each([
    ['with the genuine issuing CA and root in the CMS and the DSS', true, true],
    ['with the genuine issuing CA only in the CMS', true, false],
    ['with the genuine issuing CA only in the DSS', false, true],
    ['without the issuing CA certificate', false, false],
  ])('refuses a self-made certificate %s', async (_, inCms, inDss) => {
    const dss = inDss ? await completeDss() : undefined;
    const pdf = await signPdf({ signer: impostor, chain: inCms ? [g.issuing, g.root] : [], stamper: genuineStamper(ca), dss });
    const result = await verifyPdf(pdf, { trustedRoots, caRevocation: { crls: [parseCrl(await crlOf(g.issuing))!, parseCrl(rootCrl)!], ocsps: [] } });
    expect(result.conclusion).toBe('INVALID');
    const [s] = result.signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND', status: 'INVALID', trusted: false, level: null, signerName: 'Dra. Sri Wahyuni' });
    expect(s.integrity.valid).toBe(true);
    expect(s.path).toHaveLength(1);
  });

  it('refuses a self-made certificate that also brings a self-made "TSA" stamping a time of its choice', async () => {
    const fakeTsa = await issue({ subject: ca.tsa.certificate.subject, issuerName: ca.issuing.certificate.subject, authorityKey: g.issuing.publicKey, keyUsage: U.digitalSignature, eku: { purposes: [TIME_STAMPING], critical: true } });
    const pdf = await signPdf({ signer: impostor, chain: [g.issuing, g.root], stamper: async (imprint) => makeTimeStampToken(imprint, fakeTsa, ago(30), [fakeTsa.der]), dss: await completeDss() });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND', timeSource: 'CURRENT_TIME', timeStampTime: null });
    expect(s.timeStamp).toMatchObject({ trusted: false, subIndication: 'NO_CERTIFICATE_CHAIN_FOUND' });
  });

  it('refuses a chain under a CA certificate forged with the genuine root name', async () => {
    const fakeRoot = await issue({ subject: ca.root.certificate.subject, ca: true });
    const fakeIssuing = await issue({ subject: ca.issuing.certificate.subject, issuer: fakeRoot, ca: true });
    const forged = await issue({ subject: SIGNER_NAME, issuer: fakeIssuing });
    const pdf = await signPdf({ signer: forged, chain: [fakeIssuing, fakeRoot], stamper: genuineStamper(ca), dss: { ...(await completeDss()), certificates: [fakeIssuing.der, fakeRoot.der, g.issuing.der, g.root.der, g.tsa.der] } });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND', trusted: false });
  });

  it('refuses an intermediate CA that claims the genuine root as issuer (copied name and key identifier)', async () => {
    const fakeIssuing = await issue({ subject: 'CN=CA Penandatangan Palsu, C=ID', issuerName: ca.root.certificate.subject, authorityKey: g.root.publicKey, ca: true });
    const forged = await issue({ subject: SIGNER_NAME, issuer: fakeIssuing });
    const pdf = await signPdf({ signer: forged, chain: [fakeIssuing, g.root], stamper: genuineStamper(ca), dss: await completeDss() });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND' });
  });

  it('refuses a signer issued by a genuine end-entity certificate acting as a CA (basicConstraints)', async () => {
    const notACa = await issue({ subject: 'CN=Pegawai Biasa, C=ID', issuer: g.issuing, keyUsage: U.digitalSignature | U.keyCertSign });
    const underling = await issue({ subject: SIGNER_NAME, issuer: notACa });
    const pdf = await signPdf({ signer: underling, chain: [notACa, g.issuing, g.root], stamper: genuineStamper(ca), dss: await completeDss() });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'CHAIN_CONSTRAINTS_FAILURE', status: 'INVALID' });
    expect(s.path.map((c) => c.role)).toEqual(['SIGNER', 'CA', 'CA', 'ROOT']);
  });

  it.each([
    ['a sub-CA below an issuing CA whose pathLenConstraint is 0', { ca: true }, /pathLenConstraint 0/],
    ['a CA certificate without keyCertSign', { ca: true, keyUsage: U.digitalSignature | U.cRLSign }, /keyCertSign/],
  ])('refuses a signer issued by %s', async (_, constraints, problem) => {
    const subCa = await issue({ subject: 'CN=Sub CA Tidak Sah, C=ID', issuer: g.issuing, ...constraints });
    const underling = await issue({ subject: SIGNER_NAME, issuer: subCa });
    const pdf = await signPdf({ signer: underling, chain: [subCa, g.issuing, g.root], stamper: genuineStamper(ca), dss: await completeDss() });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'CHAIN_CONSTRAINTS_FAILURE', status: 'INVALID' });
    expect(s.reasons.join(' ')).toMatch(problem);
  });

  it('refuses a signer certificate without digitalSignature or nonRepudiation', async () => {
    const encryptionOnly = await issue({ subject: SIGNER_NAME, issuer: g.issuing, keyUsage: U.keyEncipherment | U.keyAgreement });
    const pdf = await signPdf({ signer: encryptionOnly, chain: [g.issuing, g.root], stamper: genuineStamper(ca), dss: await completeDss() });
    const result = await verifyPdf(pdf, offline());
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'SIG_CONSTRAINTS_FAILURE', trusted: false });
    expect(result.signatures[0].reasons.join(' ')).toMatch(/digitalSignature/);
  });
});

describe('fake time-stamp authorities', () => {
  it.each([
    ['a self-made TSA with the genuine TSA name', async () => issue({ subject: ca.tsa.certificate.subject, issuerName: ca.issuing.certificate.subject, authorityKey: g.issuing.publicKey, keyUsage: U.digitalSignature, eku: { purposes: [TIME_STAMPING], critical: true } }), 'NO_CERTIFICATE_CHAIN_FOUND', /rantai|dirantai/],
    ['a genuine-chain certificate without the timeStamping EKU', async () => issue({ subject: 'CN=Bukan TSA, C=ID', issuer: g.issuing, keyUsage: U.digitalSignature }), 'SIG_CONSTRAINTS_FAILURE', /timeStamping/],
    ['a genuine-chain TSA certificate whose EKU is not critical', async () => issue({ subject: 'CN=TSA Tidak Kritis, C=ID', issuer: g.issuing, keyUsage: U.digitalSignature, eku: { purposes: [TIME_STAMPING], critical: false } }), 'SIG_CONSTRAINTS_FAILURE', /tidak ditandai kritis/],
  ])('does not take the time of %s, and does not call the signature valid', async (_, makeTsa, tsaSubIndication, problem) => {
    const tsa = await makeTsa();
    const stampedAt = ago(20);
    const pdf = await signPdf({ signer, chain: [g.issuing, g.root], stamper: async (imprint) => makeTimeStampToken(imprint, tsa, stampedAt, [tsa.der]), dss: await completeDss() });
    const result = await verifyPdf(pdf, offline());
    expect(result.conclusion).toBe('INVALID');
    const [s] = result.signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'SIG_CONSTRAINTS_FAILURE', timeSource: 'CURRENT_TIME', timeStampTime: null, level: null });
    expect(s.timeStamp).toMatchObject({ trusted: false, subIndication: tsaSubIndication });
    expect(s.timeStamp!.genTime).toEqual(stampedAt);
    expect(s.timeStamp!.problems.join(' ')).toMatch(problem);
  });

  it('does not let a fake TSA move an expired signer back into its validity', async () => {
    const expired = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50), notAfter: ago(20) });
    const fakeTsa = await issue({ subject: ca.tsa.certificate.subject, keyUsage: U.digitalSignature, eku: { purposes: [TIME_STAMPING], critical: true } });
    const pdf = await signPdf({ signer: expired, chain: [g.issuing, g.root], stamper: async (imprint) => makeTimeStampToken(imprint, fakeTsa, ago(30), [fakeTsa.der]), claimedAt: ago(30), dss: await completeDss() });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'OUT_OF_BOUNDS_NO_POE', status: 'INVALID', timeSource: 'CURRENT_TIME' });
  });
});

describe('time: /M is a claim, a verified time-stamp is proof', () => {
  it('does not accept a backdated /M on an expired signer', async () => {
    const expired = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50), notAfter: ago(20) });
    const claimedAt = ago(30);
    const pdf = await signPdf({ signer: expired, chain: [g.issuing, g.root], dss: await completeDss(), claimedAt });
    const result = await verifyPdf(pdf, offline());
    expect(result.conclusion).toBe('INVALID');
    const [s] = result.signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'OUT_OF_BOUNDS_NO_POE', timeSource: 'CURRENT_TIME', timeStamp: null, level: null });
    expect(s.claimedSigningTime!.getTime()).toBe(Math.floor(claimedAt.getTime() / 1000) * 1000);
    expect(s.validationTime.getTime()).toBeGreaterThan(Date.now() - MINUTE);
    expect(s.reasons.join(' ')).toMatch(/klaim penanda tangan/);
  });

  it('does not accept a backdated /M on a revoked signer', async () => {
    const revoked = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50) });
    const pdf = await signPdf({ signer: revoked, chain: [g.issuing, g.root], dss: await completeDss([{ certificate: revoked, at: ago(10) }]), claimedAt: ago(30) });
    const result = await verifyPdf(pdf, offline());
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'REVOKED_NO_POE', revocation: { status: 'REVOKED', source: 'DSS' } });
  });

  it('fails a signer revoked before the proven signing time', async () => {
    const revoked = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50) });
    const pdf = await signPdf({ signer: revoked, chain: [g.issuing, g.root], stamper: genuineStamper(ca), claimedAt: ago(30), dss: await completeDss([{ certificate: revoked, at: ago(10) }]) });
    const result = await verifyPdf(pdf, offline());
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'REVOKED', timeSource: 'SIGNATURE_TIMESTAMP' });
  });

  it('keeps a signature time-stamped before its signer was revoked valid', async () => {
    const later = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50) });
    const pdf = await signPdf({ signer: later, chain: [g.issuing, g.root], stamper: genuineStamper(ca, ago(30)), dss: await completeDss([{ certificate: later, at: ago(10) }]) });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'TOTAL_PASSED', timeSource: 'SIGNATURE_TIMESTAMP', revocation: { status: 'GOOD' } });
    expect(s.revocation.revokedAt).not.toBeNull();
  });

  it('fails a signer whose certificate had expired at the proven signing time', async () => {
    const expired = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50), notAfter: ago(20) });
    const pdf = await signPdf({ signer: expired, chain: [g.issuing, g.root], stamper: genuineStamper(ca), claimedAt: ago(30), dss: await completeDss() });
    const result = await verifyPdf(pdf, offline());
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'EXPIRED' });
  });

  it('refuses a path whose issuing CA was revoked by the root', async () => {
    const dss = { ...(await completeDss()), crls: [await crlOf(g.issuing), await crlOf(g.root, [{ certificate: g.issuing, at: ago(5) }])] };
    const pdf = await signPdf({ signer, chain: [g.issuing, g.root], stamper: genuineStamper(ca), dss });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'REVOKED_CA_NO_POE', status: 'INVALID' });
  });
});

describe('revocation data is believed only from the issuer\'s key', () => {
  let revoked: Entity;
  let realCrl: pkijs.CertificateRevocationList;
  beforeAll(async () => {
    revoked = await issue({ subject: SIGNER_NAME, issuer: g.issuing, notBefore: ago(50) });
    realCrl = parseCrl(await crlOf(g.issuing, [{ certificate: revoked, at: ago(10) }]))!;
  });

  async function signedWithForgedRevocationData(forged: { crls?: Uint8Array[]; ocsps?: Uint8Array[]; certificates?: Uint8Array[] }) {
    return signPdf({
      signer: revoked,
      chain: [g.issuing, g.root],
      stamper: genuineStamper(ca),
      dss: { certificates: [g.issuing.der, g.root.der, g.tsa.der, ...(forged.certificates ?? [])], crls: [rootCrl, ...(forged.crls ?? [])], ocsps: forged.ocsps ?? [] },
    });
  }

  it('ignores an empty CRL from a fake issuer with the real CA name and key identifier, so the real revocation is not hidden', async () => {
    const fakeCa = await issue({ subject: ca.issuing.certificate.subject, ca: true });
    const fakeCrl = await makeCrl({ issuerName: ca.issuing.certificate.subject, key: fakeCa.key, authorityKey: g.issuing.publicKey });
    const pdf = await signedWithForgedRevocationData({ crls: [fakeCrl], certificates: [fakeCa.der] });

    const alone = await verifyPdf(pdf, offline());
    expect(alone.conclusion).toBe('INDETERMINATE');
    expect(alone.signatures[0]).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'TRY_LATER', revocation: { status: 'UNKNOWN' } });

    const withCa = await verifyPdf(pdf, { trustedRoots, caRevocation: { crls: [realCrl], ocsps: [] } });
    expect(withCa.conclusion).toBe('INVALID');
    expect(withCa.signatures[0]).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'REVOKED', revocation: { status: 'REVOKED', source: 'CA' } });
  });

  it.each([
    ['a self-made responder with the CA name and id-kp-OCSPSigning', async () => issue({ subject: 'CN=OCSP Mock CA, C=ID', issuerName: ca.issuing.certificate.subject, authorityKey: g.issuing.publicKey, keyUsage: U.digitalSignature, eku: { purposes: [OCSP_SIGNING], critical: false } })],
    ['a genuine-chain certificate not issued for OCSP signing (the TSA)', async () => g.tsa],
  ])('ignores an OCSP "good" response signed by %s', async (_, makeResponder) => {
    const responder = await makeResponder();
    const ocsp = await makeOcsp({ issuer: g.issuing, subject: revoked, status: 'good', signerKey: responder.key, responderName: ca.issuing.certificate.subject, certs: [responder.der] });
    const pdf = await signedWithForgedRevocationData({ ocsps: [ocsp] });

    const alone = await verifyPdf(pdf, offline());
    expect(alone.signatures[0]).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'TRY_LATER' });

    const withCa = await verifyPdf(pdf, { trustedRoots, caRevocation: { crls: [realCrl], ocsps: [] } });
    expect(withCa.signatures[0]).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'REVOKED' });
  });

  it('believes an OCSP response from a responder the CA delegated (control case)', async () => {
    const delegated = await issue({ subject: 'CN=OCSP Resmi, C=ID', issuer: g.issuing, keyUsage: U.digitalSignature, eku: { purposes: [OCSP_SIGNING], critical: false } });
    const ocsp = await makeOcsp({ issuer: g.issuing, subject: revoked, status: 'revoked', revokedAt: ago(10), signerKey: delegated.key, responderName: 'CN=OCSP Resmi, C=ID', certs: [delegated.der] });
    const pdf = await signedWithForgedRevocationData({ ocsps: [ocsp], crls: [await crlOf(g.issuing)] });
    const [s] = (await verifyPdf(pdf, offline())).signatures;
    expect(s).toMatchObject({ indication: 'TOTAL_FAILED', subIndication: 'REVOKED', revocation: { status: 'REVOKED', source: 'DSS' } });
  });
});
