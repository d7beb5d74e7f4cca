// The verifier's configuration in the running app: trusted roots and where revocation data comes from.
import * as pkijs from 'pkijs';
import { signerBackend } from '../index';
import { loadCa } from '../mock-ca/ca-store';
import { buildCrl, buildRootCrl } from '../mock-ca/crl';
import { fetchCrl } from './fetch-crl';
import { parseCrl } from './revocation';
import type { VerifyOptions } from './verify-pdf';
import { configuredTrustedRoots } from './trust';

export { fetchCrl };

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
    // Both CAs' current CRLs: the issuing CA's (pegawai) and the root's (the issuing CA itself).
    const crls = [parseCrl(await buildCrl()), parseCrl(await buildRootCrl())].filter((c) => c !== null);
    options.caRevocation = { crls, ocsps: [] };
  }
  return options;
}
