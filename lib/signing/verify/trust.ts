// Which roots a signature must chain to. Production: the BSSN roots (PEM files named in
// SIGNATURE_TRUSTED_ROOTS); development and tests: the project's mock CA root as well.
import { readFile } from 'node:fs/promises';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { parsedOnce } from './parse-cache';

const encodings = new WeakMap<pkijs.Certificate, Uint8Array>();

export function certificateFromDer(der: Uint8Array): pkijs.Certificate | null {
  return parsedOnce('certificate', der, () => {
    try {
      const asn1 = asn1js.fromBER(new Uint8Array(der).buffer);
      if (asn1.offset === -1) return null;
      const certificate = new pkijs.Certificate({ schema: asn1.result });
      encodings.set(certificate, der.slice(0, asn1.offset));
      return certificate;
    } catch {
      return null;
    }
  });
}

/** The bytes a certificate was read from (what an ESS signing-certificate attribute hashes); encoded again when it was built otherwise. */
export function certificateDer(certificate: pkijs.Certificate): Uint8Array {
  return encodings.get(certificate) ?? new Uint8Array(certificate.toSchema().toBER(false));
}

/** Every certificate in a PEM text (one or many BEGIN CERTIFICATE blocks). */
export function certificatesFromPem(pem: string): pkijs.Certificate[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)]
    .map((m) => certificateFromDer(new Uint8Array(Buffer.from(m[1].replace(/\s/g, ''), 'base64'))))
    .filter((c): c is pkijs.Certificate => c !== null);
}

/** Roots from SIGNATURE_TRUSTED_ROOTS: PEM file paths separated by commas. */
export async function configuredTrustedRoots(env: NodeJS.ProcessEnv = process.env): Promise<pkijs.Certificate[]> {
  const paths = (env.SIGNATURE_TRUSTED_ROOTS ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const roots: pkijs.Certificate[] = [];
  for (const path of paths) roots.push(...certificatesFromPem(await readFile(path, 'utf8')));
  return roots;
}
