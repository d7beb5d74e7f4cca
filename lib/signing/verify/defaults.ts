// The verifier's configuration in the running app: trusted roots and where revocation data comes from.
import * as pkijs from 'pkijs';
import { signerBackend } from '../index';
import { loadCa } from '../mock-ca/ca-store';
import { buildCrl } from '../mock-ca/crl';
import { parseCrl } from './revocation';
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

/** Whether the project's mock CA is a trust anchor: with the mock-ca signer, unless SIGNATURE_TRUST_MOCK_CA=0. */
export function trustsMockCa(env: NodeJS.ProcessEnv = process.env): boolean {
  return signerBackend(env.SIGNER_BACKEND) === 'mock-ca' && env.SIGNATURE_TRUST_MOCK_CA !== '0';
}

/**
 * Roots from SIGNATURE_TRUSTED_ROOTS (the BSSN roots in production) and, in development and tests,
 * the mock CA's root with its current CRL (read in-process). CRLs of trusted CAs are fetched from
 * their distribution points unless SIGNATURE_FETCH_CRL=0.
 */
export async function defaultVerifyOptions(env: NodeJS.ProcessEnv = process.env): Promise<VerifyOptions> {
  const trustedRoots = await configuredTrustedRoots(env);
  const options: VerifyOptions = { trustedRoots, fetchCrl: env.SIGNATURE_FETCH_CRL === '0' ? undefined : fetchCrl };
  if (trustsMockCa(env)) {
    const ca = await loadCa();
    trustedRoots.push(pkijs.Certificate.fromBER(ca.root.der.slice().buffer));
    const crl = parseCrl(await buildCrl());
    if (crl) options.caRevocation = { crls: [crl], ocsps: [] };
  }
  return options;
}
