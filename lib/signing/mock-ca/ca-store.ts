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
  return path.resolve(process.env.MOCK_CA_DIR ?? path.join(process.cwd(), '.data', 'ca'));
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

async function writeNewCa(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  const now = Date.now();
  const notBefore = new Date(now - 60 * 60 * 1000);

  const rootKeys = await generateSigningKeyPair();
  const rootPublic = await toPublicCryptoKey(rootKeys.publicKey);
  const root = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: CA_NAMES.root,
    issuer: CA_NAMES.root,
    notBefore,
    notAfter: new Date(now + 20 * YEAR_MS),
    publicKey: rootPublic,
    signingKey: await toCryptoKey(rootKeys.privateKey),
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(rootPublic),
    ],
  });

  const issuingKeys = await generateSigningKeyPair();
  const issuingPublic = await toPublicCryptoKey(issuingKeys.publicKey);
  const issuing = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: CA_NAMES.issuing,
    issuer: root.subject,
    notBefore,
    notAfter: new Date(now + 10 * YEAR_MS),
    publicKey: issuingPublic,
    signingKey: await toCryptoKey(rootKeys.privateKey),
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      // digitalSignature: the issuing CA signs its OCSP responses itself (RFC 6960 2.6, case 1).
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(issuingPublic),
      await x509.AuthorityKeyIdentifierExtension.create(rootPublic),
    ],
  });

  const tsaKeys = await generateSigningKeyPair();
  const tsaPublic = await toPublicCryptoKey(tsaKeys.publicKey);
  const tsa = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: CA_NAMES.tsa,
    issuer: issuing.subject,
    notBefore,
    notAfter: new Date(now + 10 * YEAR_MS),
    publicKey: tsaPublic,
    signingKey: await toCryptoKey(issuingKeys.privateKey),
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.timeStamping], true),
      await x509.SubjectKeyIdentifierExtension.create(tsaPublic),
      await x509.AuthorityKeyIdentifierExtension.create(issuingPublic),
    ],
  });

  await writeFile(path.join(dir, 'secret'), secret, { mode: 0o600 });
  const written = { root: [root, rootKeys.privateKey], issuing: [issuing, issuingKeys.privateKey], tsa: [tsa, tsaKeys.privateKey] } as const;
  for (const name of ENTITIES) {
    const [certificate, key] = written[name];
    await writeFile(path.join(dir, `${name}.pem`), certificate.toString('pem') + '\n');
    await writeFile(path.join(dir, `${name}.key.pem`), encryptPrivateKey(key, secret), { mode: 0o600 });
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
