// Key handling for the mock CA and the CMS builder: Node's own crypto, no polyfill.
import { createPrivateKey, generateKeyPair, sign, webcrypto, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { OID } from './oids';

const generateKeyPairAsync = promisify(generateKeyPair);

/** ECDSA P-256: small signatures and fast key generation (issuing a certificate per pegawai). */
export async function generateSigningKeyPair(): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  return generateKeyPairAsync('ec', { namedCurve: 'P-256' });
}

/** PKCS#8 EncryptedPrivateKeyInfo (PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC) as PEM. */
export function encryptPrivateKey(key: KeyObject, passphrase: string): string {
  return key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('the passphrase does not decrypt this private key');
    this.name = 'WrongPassphraseError';
  }
}

export function decryptPrivateKey(pem: string, passphrase: string): KeyObject {
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase });
  } catch {
    // OpenSSL says "bad decrypt" or fails to parse the garbage a wrong key yields; both mean the same.
    throw new WrongPassphraseError();
  }
}

/** Signature over data with SHA-256 (DER ECDSA-Sig-Value for EC keys, PKCS#1 v1.5 for RSA). */
export function signSha256(key: KeyObject, data: Uint8Array): Uint8Array {
  return new Uint8Array(sign('sha256', data, key));
}

/** The CMS/X.509 signature algorithm OID for a key (by its type). */
export function signatureAlgorithmOid(keyType: string | undefined): string {
  if (keyType === 'ec') return OID.ecdsaWithSha256;
  if (keyType === 'rsa') return OID.sha256WithRsa;
  throw new Error(`unsupported key type ${keyType}`);
}

/** The same key as a WebCrypto CryptoKey, for @peculiar/x509 which signs through WebCrypto. */
export async function toCryptoKey(key: KeyObject): Promise<webcrypto.CryptoKey> {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const algorithm = key.asymmetricKeyType === 'ec' ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  return webcrypto.subtle.importKey('pkcs8', der, algorithm, false, ['sign']);
}

export async function toPublicCryptoKey(key: KeyObject): Promise<webcrypto.CryptoKey> {
  const der = key.export({ type: 'spki', format: 'der' });
  const algorithm = key.asymmetricKeyType === 'ec' ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  return webcrypto.subtle.importKey('spki', der, algorithm, true, ['verify']);
}
