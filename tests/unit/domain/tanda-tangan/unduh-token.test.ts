import { describe, expect, it } from 'vitest';
import { makeUnduhToken, readUnduhToken } from '@/lib/domain/tanda-tangan/unduh-token';

const ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const SECRET = 'rahasia-uji-yang-cukup-panjang-untuk-hmac';

describe('unduh token', () => {
  it('round-trips the addressee id', () => {
    expect(readUnduhToken(makeUnduhToken(ID, SECRET), SECRET)).toBe(ID);
  });

  it.each([
    ['another secret', makeUnduhToken(ID, 'rahasia-lain')],
    ['another id with a copied mac', `0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c.${makeUnduhToken(ID, SECRET).split('.')[1]}`],
    ['no mac', ID],
    ['a truncated mac', makeUnduhToken(ID, SECRET).slice(0, -2)],
    ['extra parts', `${makeUnduhToken(ID, SECRET)}.x`],
    ['not a uuid', `../../etc.${makeUnduhToken(ID, SECRET).split('.')[1]}`],
    ['empty', ''],
  ])('refuses %s', (_, token) => {
    expect(readUnduhToken(token, SECRET)).toBeNull();
  });
});
