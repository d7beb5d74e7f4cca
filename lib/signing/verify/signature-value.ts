// One signature value (on a certificate, a CRL, an OCSP response or a SignerInfo) checked under a
// certificate's public key. Node's own crypto does it synchronously with the key imported once per
// certificate; WebCrypto through pkijs cost an import and an asynchronous job per check, the
// largest share of a verification after ASN.1 parsing. Algorithms outside the table (RSA-PSS...)
// still go through pkijs.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** Signature algorithm OID -> hash and the key type it requires (a key of another type never verifies). */
const ALGORITHMS: Record<string, { hash: string | null; key: 'rsa' | 'ec' }> = {
  '1.2.840.113549.1.1.5': { hash: 'sha1', key: 'rsa' },
  '1.2.840.113549.1.1.11': { hash: 'sha256', key: 'rsa' },
  '1.2.840.113549.1.1.12': { hash: 'sha384', key: 'rsa' },
  '1.2.840.113549.1.1.13': { hash: 'sha512', key: 'rsa' },
  '1.2.840.10045.4.1': { hash: 'sha1', key: 'ec' },
  '1.2.840.10045.4.3.2': { hash: 'sha256', key: 'ec' },
  '1.2.840.10045.4.3.3': { hash: 'sha384', key: 'ec' },
  '1.2.840.10045.4.3.4': { hash: 'sha512', key: 'ec' },
  // A SignerInfo may name only the key's algorithm: the hash is then its digest algorithm.
  '1.2.840.113549.1.1.1': { hash: null, key: 'rsa' },
  '1.2.840.10045.2.1': { hash: null, key: 'ec' },
};

const WEBCRYPTO_HASH: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

const keys = new WeakMap<pkijs.Certificate, KeyObject | null>();

function publicKey(certificate: pkijs.Certificate): KeyObject | null {
  let key = keys.get(certificate);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: Buffer.from(certificate.subjectPublicKeyInfo.toSchema().toBER(false)), format: 'der', type: 'spki' });
    } catch {
      key = null;
    }
    keys.set(certificate, key);
  }
  return key;
}

/**
 * Whether `signature` over `data` verifies under the certificate's key with `algorithm`. `digest`
 * (a Node hash name) is the SignerInfo's digest algorithm, for algorithms that name no hash.
 */
export async function verifiesUnder(
  data: ArrayBuffer | Uint8Array,
  signature: asn1js.BitString | asn1js.OctetString,
  algorithm: pkijs.AlgorithmIdentifier,
  certificate: pkijs.Certificate,
  digest?: string,
): Promise<boolean> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const known = ALGORITHMS[algorithm.algorithmId];
  const key = known ? publicKey(certificate) : null;
  if (known && key && (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'ec')) {
    const hash = known.hash ?? digest;
    if (!hash || key.asymmetricKeyType !== known.key) return false;
    try {
      return verify(hash, bytes, key, signature.valueBlock.valueHexView);
    } catch {
      return false;
    }
  }
  try {
    const shaName = digest ? WEBCRYPTO_HASH[digest] : undefined;
    return await pkijs.getCrypto(true).verifyWithPublicKey(new Uint8Array(bytes).buffer, signature, certificate.subjectPublicKeyInfo, algorithm, shaName);
  } catch {
    return false;
  }
}
