// The addresses the mock CA writes into certificates follow the app's public URL (AUTH_URL), and a
// CA directory made before the CA named its revocation data is brought up to date with its keys kept.
import 'reflect-metadata';
import { createPublicKey, generateKeyPairSync, randomBytes, webcrypto } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { encryptPrivateKey, toCryptoKey, toPublicCryptoKey } from '@/lib/signing/pki/keys';
import { createSampleNaskahPdf } from '@/lib/signing/sample/sample-naskah-pdf';
import { verifyPdf } from '@/lib/signing/verify';
import { createInstansi, createOpd, createPegawai } from '../support/factories';
import { run, workDir } from './support/independent-validators';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);
const PASSPHRASE = 'Rahasia#Uji2026';
const ALG = { name: 'ECDSA', hash: 'SHA-256' } as const;

afterEach(() => {
  delete process.env.AUTH_URL;
});

async function newHolder() {
  const instansi = await createInstansi();
  const opd = await createOpd(instansi.id);
  const pegawai = await createPegawai(instansi.id, opd.id);
  return { id: pegawai.id, nama: pegawai.nama, nik: pegawai.nik, instansi: instansi.nama };
}

async function addresses(pem: string, dir: string): Promise<string> {
  const file = path.join(dir, `${randomBytes(4).toString('hex')}.pem`);
  await writeFile(file, pem);
  return (await run('openssl', ['x509', '-in', file, '-noout', '-ext', 'crlDistributionPoints,authorityInfoAccess'])).output;
}

describe('certificate addresses follow the public URL', () => {
  it('a CA and certificates made on port 3200 name port 3200; later ones follow a changed AUTH_URL, earlier ones keep theirs', async () => {
    const dir = await workDir('ca-urls-');
    const caDir = path.join(dir, 'ca');
    process.env.AUTH_URL = 'http://localhost:3200';
    const ca = await loadCa(caDir);
    expect(await addresses(ca.issuing.certificate.toString('pem'), dir)).toContain('URI:http://localhost:3200/api/pki/root-crl');
    const tsa = await addresses(ca.tsa.certificate.toString('pem'), dir);
    expect(tsa).toContain('URI:http://localhost:3200/api/pki/crl');
    expect(tsa).toContain('OCSP - URI:http://localhost:3200/api/pki/ocsp');
    expect(tsa).toContain('CA Issuers - URI:http://localhost:3200/api/pki/issuer');

    const early = await ensureCertificate(await newHolder(), PASSPHRASE, { caDir });
    const earlyText = await addresses(early.certificatePem, dir);
    expect(earlyText).toContain('URI:http://localhost:3200/api/pki/crl');
    expect(earlyText).toContain('OCSP - URI:http://localhost:3200/api/pki/ocsp');
    expect(earlyText).not.toContain(':3000');

    process.env.AUTH_URL = 'https://eoffice.contoh.go.id/';
    const later = await ensureCertificate(await newHolder(), PASSPHRASE, { caDir });
    const laterText = await addresses(later.certificatePem, dir);
    expect(laterText).toContain('URI:https://eoffice.contoh.go.id/api/pki/crl');
    expect(laterText).toContain('CA Issuers - URI:https://eoffice.contoh.go.id/api/pki/issuer');
    expect(await addresses(early.certificatePem, dir)).toBe(earlyText);
  });
});

/** A CA directory as the mock CA wrote it before: no CRL distribution point on the issuing CA or the TSA. */
async function writeOldCa(stateDir: string) {
  await mkdir(stateDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  const notBefore = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const notAfter = new Date(Date.now() + 5 * 365 * 24 * 60 * 60 * 1000);
  const make = async (subject: string, issuer: { name: string; key: ReturnType<typeof generateKeyPairSync>['privateKey'] } | null, extensions: x509.Extension[]) => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const publicKey = await toPublicCryptoKey(keys.publicKey);
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: randomBytes(8).toString('hex').replace(/^./, '4'),
      subject,
      issuer: issuer?.name ?? subject,
      notBefore,
      notAfter,
      publicKey,
      signingKey: await toCryptoKey(issuer?.key ?? keys.privateKey),
      signingAlgorithm: ALG,
      extensions: [...extensions, await x509.SubjectKeyIdentifierExtension.create(publicKey)],
    });
    return { certificate, key: keys.privateKey };
  };
  const U = x509.KeyUsageFlags;
  const rootName = 'CN=Mock Root CA e-Office, O=e-Office Mock CA (bukan BSrE), C=ID';
  const issuingName = 'CN=Mock CA Penandatangan e-Office, O=e-Office Mock CA (bukan BSrE), C=ID';
  const root = await make(rootName, null, [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(U.keyCertSign | U.cRLSign, true)]);
  const issuing = await make(issuingName, { name: rootName, key: root.key }, [
    new x509.BasicConstraintsExtension(true, 0, true),
    new x509.KeyUsagesExtension(U.keyCertSign | U.cRLSign | U.digitalSignature, true),
  ]);
  const tsa = await make('CN=Mock TSA e-Office, O=e-Office Mock CA (bukan BSrE), C=ID', { name: issuingName, key: issuing.key }, [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(U.digitalSignature | U.nonRepudiation, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.timeStamping], true),
  ]);
  await writeFile(path.join(stateDir, 'secret'), secret);
  for (const [name, entity] of Object.entries({ root, issuing, tsa })) {
    await writeFile(path.join(stateDir, `${name}.pem`), entity.certificate.toString('pem') + '\n');
    await writeFile(path.join(stateDir, `${name}.key.pem`), encryptPrivateKey(entity.key, secret));
  }
  return { root, issuing, tsa };
}

describe('a CA directory made before the CA named its revocation data', () => {
  it('re-issues the issuing CA and TSA certificates with the same names, keys and validity, and signs B-LTA', async () => {
    const dir = await workDir('ca-upgrade-');
    const caDir = path.join(dir, 'ca');
    const stateDir = path.join(caDir, 'state');
    process.env.AUTH_URL = 'http://localhost:3200';
    const old = await writeOldCa(stateDir);
    const keyFiles = await Promise.all(['root', 'issuing', 'tsa'].map((n) => readFile(path.join(stateDir, `${n}.key.pem`), 'utf8')));

    const ca = await loadCa(caDir);
    expect(Buffer.from(ca.root.der).equals(Buffer.from(old.root.certificate.rawData))).toBe(true);
    for (const [now, before] of [
      [ca.issuing, old.issuing],
      [ca.tsa, old.tsa],
    ] as const) {
      expect(Buffer.from(now.der).equals(Buffer.from(before.certificate.rawData))).toBe(false);
      expect(now.certificate.subject).toBe(before.certificate.subject);
      expect(now.certificate.notBefore.getTime()).toBe(before.certificate.notBefore.getTime());
      expect(now.certificate.notAfter.getTime()).toBe(before.certificate.notAfter.getTime());
      const spki = (k: Parameters<typeof createPublicKey>[0]) => createPublicKey(k).export({ type: 'spki', format: 'der' }).toString('hex');
      expect(spki(now.key)).toBe(spki(before.key));
      expect(now.certificate.getExtension(x509.CRLDistributionPointsExtension)).toBeTruthy();
    }
    expect(await addresses(ca.issuing.certificate.toString('pem'), dir)).toContain('URI:http://localhost:3200/api/pki/root-crl');
    // Written to disk (the next process reads the new certificates), keys untouched.
    expect(new x509.X509Certificate(await readFile(path.join(stateDir, 'issuing.pem'), 'utf8')).equal(ca.issuing.certificate)).toBe(true);
    expect(await Promise.all(['root', 'issuing', 'tsa'].map((n) => readFile(path.join(stateDir, `${n}.key.pem`), 'utf8')))).toEqual(keyFiles);

    // What the old issuing certificate's key signed still chains through the new certificate (OpenSSL).
    const leaf = await x509.X509CertificateGenerator.create({
      serialNumber: '51',
      subject: 'CN=Pegawai Lama, C=ID',
      issuer: old.issuing.certificate.subject,
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 24 * 60 * 60 * 1000),
      publicKey: await toPublicCryptoKey(createPublicKey(old.tsa.key)),
      signingKey: await toCryptoKey(old.issuing.key),
      signingAlgorithm: ALG,
    });
    const file = (name: string, pem: string) => writeFile(path.join(dir, name), pem).then(() => path.join(dir, name));
    const verified = await run('openssl', ['verify', '-CAfile', await file('root.pem', ca.root.certificate.toString('pem')), '-untrusted', await file('issuing-new.pem', ca.issuing.certificate.toString('pem')), await file('leaf.pem', leaf.toString('pem'))]);
    expect(verified.output).toContain(': OK');

    const holder = await newHolder();
    await ensureCertificate(holder, PASSPHRASE, { caDir });
    const { pdf } = await new MockCaSigner({ caDir }).signPdf({ pdf: await createSampleNaskahPdf(), nik: holder.nik, passphrase: PASSPHRASE });
    const report = await verifyPdf(pdf, { trustedRoots: [pkijs.Certificate.fromBER(new Uint8Array(ca.root.der).buffer)] });
    expect(report.conclusion).toBe('VALID');
    expect(report.signatures[0].level).toBe('B-LTA');
  });
});
