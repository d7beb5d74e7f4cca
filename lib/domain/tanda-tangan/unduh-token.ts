// Download links for external addressees of a signed naskah: "<penerimaId>.<expiry>.<mac>", where
// expiry is the link's end in Unix seconds (base 36) and the MAC is an HMAC-SHA256 (first 128 bits)
// of both under the app secret. Stateless, so no table is needed and every app instance can check a
// link; a link names one addressee of one naskah, cannot be forged or enumerated without the
// secret, and stops working after its validity (the signer's page always shows a fresh one).
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE36 = /^[0-9a-z]{1,10}$/;

/** How long a link works unless UNDUH_LINK_DAYS says otherwise. */
export const UNDUH_LINK_DAYS_DEFAULT = 30;

function mac(penerimaId: string, expiry: string, secret: string): string {
  return createHmac('sha256', secret).update(`unduh-naskah:${penerimaId}:${expiry}`).digest().subarray(0, 16).toString('base64url');
}

export function makeUnduhToken(penerimaId: string, secret: string, berlakuSampai: Date): string {
  const expiry = Math.floor(berlakuSampai.getTime() / 1000).toString(36);
  return `${penerimaId}.${expiry}.${mac(penerimaId, expiry, secret)}`;
}

export type UnduhTokenCheck = { ok: true; penerimaId: string } | { ok: false; reason: 'invalid' | 'expired' };

/** Which addressee a token was made for; forged and malformed tokens are invalid, old ones expired. */
export function readUnduhToken(token: string, secret: string, now = new Date()): UnduhTokenCheck {
  const [penerimaId, expiry, given, ...rest] = token.split('.');
  if (rest.length || !penerimaId || !expiry || !given || !UUID.test(penerimaId) || !BASE36.test(expiry)) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(mac(penerimaId, expiry, secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: 'invalid' };
  return parseInt(expiry, 36) * 1000 > now.getTime() ? { ok: true, penerimaId } : { ok: false, reason: 'expired' };
}
