// Download links for external addressees of a signed naskah: "<penerimaId>.<mac>", where the MAC is
// an HMAC-SHA256 (first 128 bits) of the PenerimaNaskah id under the app secret. Stateless, so no
// table is needed and every app instance can check a link; a link names one addressee of one
// naskah and cannot be forged or enumerated without the secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(penerimaId: string, secret: string): string {
  return createHmac('sha256', secret).update(`unduh-naskah:${penerimaId}`).digest().subarray(0, 16).toString('base64url');
}

export function makeUnduhToken(penerimaId: string, secret: string): string {
  return `${penerimaId}.${mac(penerimaId, secret)}`;
}

/** The PenerimaNaskah id a token was made for, or null for anything forged or malformed. */
export function readUnduhToken(token: string, secret: string): string | null {
  const [penerimaId, given, ...rest] = token.split('.');
  if (rest.length || !penerimaId || !given || !UUID.test(penerimaId)) return null;
  const expected = Buffer.from(mac(penerimaId, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? penerimaId : null;
}
