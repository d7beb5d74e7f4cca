// The mock CA's own keys and certificates: created on first use under MOCK_CA_DIR (default
// .data/ca) and reused afterwards. A dev/test CA, not BSrE: its keys are encrypted at rest with a
// random secret kept in the same directory, which guards against copying a key file alone.
import 'reflect-metadata';
import { createPublicKey, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as x509 from '@peculiar/x509';
import { publicBaseUrl } from '@/lib/public-url';
import { decryptPrivateKey, encryptPrivateKey, generateSigningKeyPair, toCryptoKey, toPublicCryptoKey } from '../pki/keys';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
export const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface CaEntity {
  certificate: x509.X509Certificate;
  /** DER bytes of the certificate. */
  der: Uint8Array;
  key: KeyObject;
}

export interface CaMaterial {
  dir: string;
  root: CaEntity;
  /** Issues the pegawai certificates, signs the CRL and the OCSP responses. */
  issuing: CaEntity;
  /** Time-stamp authority (EKU timeStamping, critical), issued by the issuing CA. */
  tsa: CaEntity;
  /** The issuing CA's public key as a Node KeyObject, to check what it issued cheaply. */
  issuingPublicKey: KeyObject;
}

export const CA_NAMES = {
  root: 'CN=Mock Root CA e-Office, O=e-Office Mock CA (bukan BSrE), C=ID',
  issuing: 'CN=Mock CA Penandatangan e-Office, O=e-Office Mock CA (bukan BSrE), C=ID',
  tsa: 'CN=Mock TSA e-Office, O=e-Office Mock CA (bukan BSrE), C=ID',
};

export function mockCaDir(): string {
  const configured = process.env.MOCK_CA_DIR;
  // turbopackIgnore: a directory chosen at run time, not a file the build should trace and bundle.
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'ca');
}

/** Where the CA's own certificates send a verifier (CDP, AIA), under the app's public base URL. */
export function pkiUrls(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, '');
  return { crl: `${base}/api/pki/crl`, rootCrl: `${base}/api/pki/root-crl`, ocsp: `${base}/api/pki/ocsp`, issuer: `${base}/api/pki/issuer`, tsa: `${base}/api/pki/tsa` };
}

const ENTITIES = ['root', 'issuing', 'tsa'] as const;
type EntityName = (typeof ENTITIES)[number];
const cache = new Map<string, Promise<CaMaterial>>();

/**
 * The CA material in dir (MOCK_CA_DIR by default), created there once if missing. The addresses
 * written into CA certificates made now follow baseUrl (the app's public URL by default);
 * certificates already issued keep theirs.
 */
export function loadCa(dir = mockCaDir(), baseUrl = publicBaseUrl()): Promise<CaMaterial> {
  let material = cache.get(dir);
  if (!material) {
    material = loadOrCreate(dir, baseUrl);
    material.catch(() => cache.delete(dir));
    cache.set(dir, material);
  }
  return material;
}

async function loadOrCreate(dir: string, baseUrl: string): Promise<CaMaterial> {
  const stateDir = path.join(dir, 'state');
  try {
    return await readCa(stateDir, baseUrl);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Build in a private directory and rename it into place: two processes starting at once (test
  // workers, app instances on one disk) both succeed, and the loser reads the winner's CA.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await writeNewCa(tmp, baseUrl);
  try {
    await rename(tmp, stateDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    await rm(tmp, { recursive: true, force: true });
  }
  return readCa(stateDir, baseUrl);
}

async function readCa(stateDir: string, baseUrl: string): Promise<CaMaterial> {
  const secret = (await readFile(path.join(stateDir, 'secret'), 'utf8')).trim();
  const entries = await Promise.all(
    ENTITIES.map(async (name): Promise<CaEntity> => {
      const certificate = new x509.X509Certificate(await readFile(path.join(stateDir, `${name}.pem`), 'utf8'));
      const key = decryptPrivateKey(await readFile(path.join(stateDir, `${name}.key.pem`), 'utf8'), secret);
      return { certificate, der: new Uint8Array(certificate.rawData), key };
    }),
  );
  const [root, issuing, tsa] = await upgradeWithoutRevocationPointers(stateDir, entries, baseUrl);
  return { dir: path.dirname(stateDir), root, issuing, tsa, issuingPublicKey: createPublicKey(issuing.key) };
}

/**
 * A CA made before its certificates named where their revocation data is (no CRL distribution
 * point on the issuing CA and the TSA): both are issued again with the same names, keys and
 * validity, so everything already issued under them still chains, and a verifier finds a CRL for
 * every certificate below the root.
 */
async function upgradeWithoutRevocationPointers(stateDir: string, [root, issuing, tsa]: CaEntity[], baseUrl: string): Promise<CaEntity[]> {
  const lacksCdp = (entity: CaEntity) => !entity.certificate.getExtension(x509.CRLDistributionPointsExtension);
  const profiles = caProfiles(baseUrl);
  const reissue = async (name: EntityName, entity: CaEntity, issuer: CaEntity): Promise<CaEntity> => {
    const issued = await issueCaCertificate({
      ...profiles[name],
      issuer: { certificate: issuer.certificate, privateKey: issuer.key },
      keys: { privateKey: entity.key, publicKey: createPublicKey(entity.key) },
      notBefore: entity.certificate.notBefore,
      notAfter: entity.certificate.notAfter,
    });
    const file = path.join(stateDir, `${name}.pem`);
    const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
    await writeFile(tmp, issued.certificate.toString('pem') + '\n');
    await rename(tmp, file);
    return { certificate: issued.certificate, der: new Uint8Array(issued.certificate.rawData), key: entity.key };
  };
  const newIssuing = lacksCdp(issuing) ? await reissue('issuing', issuing, root) : issuing;
  const newTsa = lacksCdp(tsa) ? await reissue('tsa', tsa, newIssuing) : tsa;
  return [root, newIssuing, newTsa];
}

interface IssuedCa {
  certificate: x509.X509Certificate;
  privateKey: KeyObject;
}

interface CaProfile {
  subject: string;
  years: number;
  extensions: x509.Extension[];
}

/** What differs between the three CA-side certificates: name, lifetime, constraints, usages, addresses. */
function caProfiles(baseUrl: string): Record<EntityName, CaProfile> {
  const { KeyUsageFlags: U } = x509;
  const urls = pkiUrls(baseUrl);
  return {
    root: {
      subject: CA_NAMES.root,
      years: 20,
      extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(U.keyCertSign | U.cRLSign, true)],
    },
    issuing: {
      subject: CA_NAMES.issuing,
      years: 10,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        // digitalSignature: the issuing CA signs its OCSP responses itself (RFC 6960 2.6, case 1).
        new x509.KeyUsagesExtension(U.keyCertSign | U.cRLSign | U.digitalSignature, true),
        // The root's CRL: the revocation data for this certificate that a B-LTA DSS carries.
        new x509.CRLDistributionPointsExtension([urls.rootCrl]),
      ],
    },
    tsa: {
      subject: CA_NAMES.tsa,
      years: 10,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(U.digitalSignature | U.nonRepudiation, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.timeStamping], true),
        new x509.CRLDistributionPointsExtension([urls.crl]),
        new x509.AuthorityInfoAccessExtension({ ocsp: urls.ocsp, caIssuers: urls.issuer }),
      ],
    },
  };
}

/**
 * One CA-side certificate, self-signed when no issuer is given, with a fresh key unless one is
 * given (re-issuing keeps the key). Subject and authority key identifiers are added here.
 */
async function issueCaCertificate(
  spec: CaProfile & { issuer?: IssuedCa; keys?: { privateKey: KeyObject; publicKey: KeyObject }; notBefore: Date; notAfter?: Date },
): Promise<IssuedCa> {
  const keys = spec.keys ?? (await generateSigningKeyPair());
  const publicKey = await toPublicCryptoKey(keys.publicKey);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: spec.subject,
    issuer: spec.issuer?.certificate.subject ?? spec.subject,
    notBefore: spec.notBefore,
    notAfter: spec.notAfter ?? new Date(spec.notBefore.getTime() + spec.years * YEAR_MS),
    publicKey,
    signingKey: await toCryptoKey(spec.issuer?.privateKey ?? keys.privateKey),
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      ...spec.extensions,
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      ...(spec.issuer ? [await x509.AuthorityKeyIdentifierExtension.create(spec.issuer.certificate.publicKey)] : []),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

async function writeNewCa(dir: string, baseUrl: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  const notBefore = new Date(Date.now() - 60 * 60 * 1000);
  const profiles = caProfiles(baseUrl);
  const root = await issueCaCertificate({ ...profiles.root, notBefore });
  const issuing = await issueCaCertificate({ ...profiles.issuing, issuer: root, notBefore });
  const tsa = await issueCaCertificate({ ...profiles.tsa, issuer: issuing, notBefore });

  await writeFile(path.join(dir, 'secret'), secret, { mode: 0o600 });
  const written = { root, issuing, tsa };
  for (const name of ENTITIES) {
    const { certificate, privateKey } = written[name];
    await writeFile(path.join(dir, `${name}.pem`), certificate.toString('pem') + '\n');
    await writeFile(path.join(dir, `${name}.key.pem`), encryptPrivateKey(privateKey, secret), { mode: 0o600 });
  }
}

/** 16 random bytes, positive (first bit clear), as hex: RFC 5280 allows up to 20 octets. */
export function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x10;
  return bytes.toString('hex');
}

/** Certificates a verifier needs beside the signer's: issuing CA then root, DER. */
export function caChain(ca: CaMaterial): Uint8Array[] {
  return [ca.issuing.der, ca.root.der];
}
