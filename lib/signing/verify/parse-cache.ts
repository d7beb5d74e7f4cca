// Reading DER with asn1js is the largest part of a verification's CPU time, and every naskah of
// one CA carries the same CA certificates, CRLs and trusted roots. A parse is a pure function of
// the bytes, so parsed objects are kept (per thread, bounded in count and bytes) keyed by the
// bytes themselves: never by a file's hash, and never a verdict, which depends on time and
// revocation.

const MAX_ENTRIES = 256;
/** DER bytes behind the kept objects (a hostile DSS must not fill the worker's memory). */
const MAX_BYTES = 8 * 1024 * 1024;
const cache = new Map<string, { value: unknown; size: number }>();
let cachedBytes = 0;

/** `parse(der)`, or the object parsed before from exactly these bytes by the same `kind` of parser. */
export function parsedOnce<T>(kind: string, der: Uint8Array, parse: (der: Uint8Array) => T): T {
  if (der.byteLength > MAX_BYTES / 8) return parse(der);
  const key = `${kind}:${Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64')}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the one dropped.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value as T;
  }
  const value = parse(der);
  cache.set(key, { value, size: der.byteLength });
  cachedBytes += der.byteLength;
  for (const [oldest, entry] of cache) {
    if (cache.size <= MAX_ENTRIES && cachedBytes <= MAX_BYTES) break;
    cache.delete(oldest);
    cachedBytes -= entry.size;
  }
  return value;
}
