// The verifier's configuration in the running app: trusted roots and how to fetch a CA's CRL.
import type { VerifyOptions } from './verify-pdf';
import { configuredTrustedRoots } from './trust';

const CRL_FETCH_TIMEOUT_MS = 5_000;
const CRL_MAX_BYTES = 5 * 1024 * 1024;

/** Downloads a CRL (http/https only, bounded in time and size); null on any failure. */
export async function fetchCrl(url: string): Promise<Uint8Array | null> {
  if (!/^https?:\/\//.test(url)) return null;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(CRL_FETCH_TIMEOUT_MS), redirect: 'error' });
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length <= CRL_MAX_BYTES ? bytes : null;
  } catch {
    return null;
  }
}

/**
 * Roots from SIGNATURE_TRUSTED_ROOTS (the BSSN roots in production), and CRLs fetched from trusted
 * CAs unless SIGNATURE_FETCH_CRL=0.
 */
export async function defaultVerifyOptions(env: NodeJS.ProcessEnv = process.env): Promise<VerifyOptions> {
  return {
    trustedRoots: await configuredTrustedRoots(env),
    fetchCrl: env.SIGNATURE_FETCH_CRL === '0' ? undefined : fetchCrl,
  };
}
