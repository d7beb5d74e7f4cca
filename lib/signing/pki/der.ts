// Small DER helpers shared by the CMS, OCSP and time-stamp code.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

export function sha1(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha1').update(data).digest());
}

/** GeneralizedTime without a fraction: RFC 5280 4.1.2.5.2 (NSS rejects fractions) and DER's no-trailing-zeros rule. */
export const wholeSeconds = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000);

export function toBytes(buffer: ArrayBuffer | ArrayBufferView): Uint8Array {
  return buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A fresh ArrayBuffer holding exactly these bytes (asn1js and pkijs want ArrayBuffers). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  // new Uint8Array(view) copies; Buffer#slice would not (it shares Node's pool).
  return new Uint8Array(bytes).buffer as ArrayBuffer;
}

export function encode(schema: { toBER(sizeOnly?: boolean): ArrayBuffer }): Uint8Array {
  return new Uint8Array(schema.toBER(false));
}

/**
 * Parsed once per process: asn1js/pkijs parsing dominates signing time otherwise (the same few CA,
 * TSA and signer certificates are parsed for every document). Callers must not mutate the result.
 */
export const parseCertificate = memoByDer((der) => pkijs.Certificate.fromBER(toArrayBuffer(der)));

/** A cache keyed by DER bytes, bounded so a long-running server does not grow without limit. */
export function memoByDer<T>(compute: (der: Uint8Array) => T, limit = 512): (der: Uint8Array) => T {
  const cache = new Map<string, T>();
  return (der) => {
    const key = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('latin1');
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(der);
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(key, value);
    }
    return value;
  };
}

export function parseDer(der: Uint8Array): asn1js.AsnType {
  const parsed = asn1js.fromBER(toArrayBuffer(der));
  if (parsed.offset === -1) throw new Error(`malformed DER: ${parsed.result.error}`);
  return parsed.result;
}

/** DER orders the members of a SET OF by their encodings (X.690 11.6); OpenSSL re-encodes that way. */
export function compareDer(a: Uint8Array, b: Uint8Array): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function pemToDer(pem: string): Uint8Array {
  return new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'));
}

export function derToPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const base64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN ${label}-----\n${base64}\n-----END ${label}-----\n`;
}
