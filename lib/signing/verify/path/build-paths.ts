// Candidate certification paths from a certificate up to a trusted root (RFC 5280 section 6 takes
// the path as input; this builds it). Each step is a certificate whose key verifies the signature
// of the one below: a copied name without the key leads nowhere.
import type * as pkijs from 'pkijs';
import { fingerprint } from './certificate-facts';
import type { TrustStore } from './trust-store';

const MAX_DEPTH = 8;
const MAX_PATHS = 8;

/** Paths target -> ... -> trusted root, at most MAX_PATHS of them, shortest first. */
export async function buildPaths(target: pkijs.Certificate, store: TrustStore): Promise<pkijs.Certificate[][]> {
  const found: pkijs.Certificate[][] = [];
  const extend = async (path: pkijs.Certificate[]): Promise<void> => {
    if (found.length >= MAX_PATHS) return;
    const last = path[path.length - 1];
    if (store.isAnchor(last)) {
      found.push(path);
      return;
    }
    if (path.length >= MAX_DEPTH) return;
    const onPath = new Set(path.map(fingerprint));
    for (const candidate of store.issuerCandidates(last)) {
      if (onPath.has(fingerprint(candidate))) continue;
      if (await store.signedBy(last, candidate)) await extend([...path, candidate]);
    }
  };
  await extend([target]);
  return found.sort((a, b) => a.length - b.length);
}
