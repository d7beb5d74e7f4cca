// Configuration of the BSrE esign-client-service adapter, read from the environment once per signer.

export type BsreApiVersion = 'v1' | 'v2';
/** What the signer types: the certificate passphrase, or (v2) a one-time TOTP code BSrE sends them. */
export type BsreAuth = 'passphrase' | 'totp';

export interface BsreConfig {
  /** Base URL of the on-premises esign-client-service, e.g. http://10.1.2.3:8080 (no trailing slash needed). */
  url: string;
  /** HTTP Basic credentials of this client application (not the signer's). */
  user: string;
  password: string;
  /**
   * v2 (default): JSON with base64 files; one passphrase entry signs a whole batch in one request.
   * v1: multipart, one document per request (older installations); a batch becomes sequential calls.
   */
  apiVersion: BsreApiVersion;
  /** BSRE_AUTH: `totp` asks BSrE (v2 only) to send the signer a code that replaces the passphrase. */
  auth?: BsreAuth;
  /** Time allowed for one signing request (a batch is one request under v2). */
  signTimeoutMs: number;
  /** Time allowed for the certificate status check that precedes signing, and for each CRL, OCSP or TSA request after it. */
  statusTimeoutMs: number;
  /**
   * RFC 3161 time-stamp authority for the document time-stamp our side adds to BSrE's B-T output
   * (with the DSS: B-LTA). Without it the output stops at B-LT (DSS only).
   */
  tsaUrl?: string;
}

const positiveInt = (raw: string | undefined, fallback: number, name: string): number => {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer (milliseconds), got ${JSON.stringify(raw)}`);
  return value;
};

export function readBsreConfig(env: NodeJS.ProcessEnv = process.env): BsreConfig {
  const url = env.BSRE_URL;
  if (!url) throw new Error('BSRE_URL is not set (URL of the BSrE esign-client-service).');
  const version = env.BSRE_API_VERSION ?? 'v2';
  if (version !== 'v1' && version !== 'v2') throw new Error(`BSRE_API_VERSION must be v1 or v2, got ${JSON.stringify(version)}`);
  const auth = env.BSRE_AUTH || 'passphrase';
  if (auth !== 'passphrase' && auth !== 'totp') throw new Error(`BSRE_AUTH must be passphrase or totp, got ${JSON.stringify(auth)}`);
  if (auth === 'totp' && version !== 'v2') throw new Error('BSRE_AUTH=totp needs BSRE_API_VERSION=v2 (BSrE v1 has no TOTP).');
  return {
    url: url.replace(/\/+$/, ''),
    auth,
    user: env.BSRE_USER ?? '',
    password: env.BSRE_PASSWORD ?? '',
    apiVersion: version,
    signTimeoutMs: positiveInt(env.BSRE_TIMEOUT_MS, 60_000, 'BSRE_TIMEOUT_MS'),
    statusTimeoutMs: positiveInt(env.BSRE_STATUS_TIMEOUT_MS, 10_000, 'BSRE_STATUS_TIMEOUT_MS'),
    tsaUrl: env.BSRE_TSA_URL || undefined,
  };
}
