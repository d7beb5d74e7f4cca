// Downloading a CRL from a trusted certificate's distribution point, bounded in time and size.
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
