// Which roots a signature must chain to. Production: the BSSN roots (PEM files named in
// SIGNATURE_TRUSTED_ROOTS); development and tests: the project's mock CA root as well.
import { readFile } from 'node:fs/promises';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './cms';
import { parsedOnce } from './parse-cache';

export function certificateFromDer(der: Uint8Array): pkijs.Certificate | null {
  return parsedOnce('certificate', der, () => {
    try {
      return pkijs.Certificate.fromBER(toArrayBuffer(der));
    } catch {
      return null;
    }
  });
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
