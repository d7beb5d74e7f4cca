import { describe, expect, it } from 'vitest';
import { makeUnduhToken, readUnduhToken } from '@/lib/domain/tanda-tangan/unduh-token';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const SECRET = 'rahasia-uji-yang-cukup-panjang-untuk-hmac';
const NOW = new Date('2026-11-23T10:00:00Z');
const LATER = new Date('2026-12-23T10:00:00Z');
const token = makeUnduhToken(ID, SECRET, LATER);
const [, expiry, tag] = token.split('.');

describe('unduh token', () => {
  it('round-trips the addressee id while it is valid', () => {
    expect(readUnduhToken(token, SECRET, NOW)).toEqual({ ok: true, penerimaId: ID });
    expect(readUnduhToken(token, SECRET, new Date(LATER.getTime() - 1000))).toEqual({ ok: true, penerimaId: ID });
  });

  it('expires at its end', () => {
    expect(readUnduhToken(token, SECRET, LATER)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['another secret', makeUnduhToken(ID, 'rahasia-lain', LATER)],
    ['another id with a copied mac', `0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c.${expiry}.${tag}`],
    ['a stretched expiry with the old mac', `${ID}.${(parseInt(expiry, 36) + 86400 * 365).toString(36)}.${tag}`],
    ['no mac', `${ID}.${expiry}`],
    ['the old format without expiry', `${ID}.${tag}`],
    ['a truncated mac', token.slice(0, -2)],
    ['extra parts', `${token}.x`],
    ['not a uuid', `../../etc.${expiry}.${tag}`],
    ['empty', ''],
  ])('refuses %s', (_, forged) => {
    expect(readUnduhToken(forged, SECRET, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });
});
