// The mock CA's own keys and certificates: created on first use under MOCK_CA_DIR (default
// .data/ca) and reused afterwards. A dev/test CA, not BSrE: its keys are encrypted at rest with a
// random secret kept in the same directory, which guards against copying a key file alone.
import 'reflect-metadata';
import { createPublicKey, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as x509 from '@peculiar/x509';
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

const ENTITIES = ['root', 'issuing', 'tsa'] as const;
const cache = new Map<string, Promise<CaMaterial>>();

/** The CA material in dir (MOCK_CA_DIR by default), created there once if missing. */
export function loadCa(dir = mockCaDir()): Promise<CaMaterial> {
  let material = cache.get(dir);
  if (!material) {
    material = loadOrCreate(dir);
    material.catch(() => cache.delete(dir));
    cache.set(dir, material);
  }
  return material;
}

async function loadOrCreate(dir: string): Promise<CaMaterial> {
  const stateDir = path.join(dir, 'state');
  try {
    return await readCa(stateDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Build in a private directory and rename it into place: two processes starting at once (test
  // workers, app instances on one disk) both succeed, and the loser reads the winner's CA.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  await writeNewCa(tmp);
  try {
    await rename(tmp, stateDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    await rm(tmp, { recursive: true, force: true });
  }
  return readCa(stateDir);
}

async function readCa(stateDir: string): Promise<CaMaterial> {
  const secret = (await readFile(path.join(stateDir, 'secret'), 'utf8')).trim();
  const entries = await Promise.all(
    ENTITIES.map(async (name): Promise<CaEntity> => {
      const certificate = new x509.X509Certificate(await readFile(path.join(stateDir, `${name}.pem`), 'utf8'));
      const key = decryptPrivateKey(await readFile(path.join(stateDir, `${name}.key.pem`), 'utf8'), secret);
      return { certificate, der: new Uint8Array(certificate.rawData), key };
    }),
  );
  return { dir: path.dirname(stateDir), root: entries[0], issuing: entries[1], tsa: entries[2], issuingPublicKey: createPublicKey(entries[1].key) };
}

interface IssuedCa {
  certificate: x509.X509Certificate;
  privateKey: KeyObject;
  publicKey: CryptoKey;
}

/**
 * One CA-side certificate with a fresh key: self-signed when no issuer is given. Subject and
 * authority key identifiers are added here; the spec brings what differs (constraints, usages).
 */
async function issueCaCertificate(spec: { subject: string; issuer?: IssuedCa; years: number; notBefore: Date; extensions: x509.Extension[] }): Promise<IssuedCa> {
  const keys = await generateSigningKeyPair();
  const publicKey = await toPublicCryptoKey(keys.publicKey);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: spec.subject,
    issuer: spec.issuer?.certificate.subject ?? spec.subject,
    notBefore: spec.notBefore,
    notAfter: new Date(spec.notBefore.getTime() + spec.years * YEAR_MS),
    publicKey,
    signingKey: await toCryptoKey(spec.issuer?.privateKey ?? keys.privateKey),
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      ...spec.extensions,
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      ...(spec.issuer ? [await x509.AuthorityKeyIdentifierExtension.create(spec.issuer.publicKey)] : []),
    ],
  });
  return { certificate, privateKey: keys.privateKey, publicKey };
}

async function writeNewCa(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  const notBefore = new Date(Date.now() - 60 * 60 * 1000);
  const { KeyUsageFlags: U } = x509;

  const root = await issueCaCertificate({
    subject: CA_NAMES.root,
    years: 20,
    notBefore,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(U.keyCertSign | U.cRLSign, true)],
  });
  const issuing = await issueCaCertificate({
    subject: CA_NAMES.issuing,
    issuer: root,
    years: 10,
    notBefore,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      // digitalSignature: the issuing CA signs its OCSP responses itself (RFC 6960 2.6, case 1).
      new x509.KeyUsagesExtension(U.keyCertSign | U.cRLSign | U.digitalSignature, true),
    ],
  });
  const tsa = await issueCaCertificate({
    subject: CA_NAMES.tsa,
    issuer: issuing,
    years: 10,
    notBefore,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(U.digitalSignature | U.nonRepudiation, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.timeStamping], true),
    ],
  });

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
