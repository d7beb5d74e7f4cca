import { describe, expect, it } from 'vitest';
import { vriKey } from '@/lib/signing/pades/vri';

describe('vriKey', () => {
  it.each([
    ['', 'DA39A3EE5E6B4B0D3255BFEF95601890AFD80709'],
    ['abc', 'A9993E364706816ABA3E25717850C26C9CD0D89D'],
  ])('is the upper-case hex SHA-1 of the /Contents bytes (%j)', (text, expected) => {
    expect(vriKey(new TextEncoder().encode(text))).toBe(expected);
  });

  it('counts the zero padding of /Contents (a different key than the unpadded CMS)', () => {
    const cms = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]);
    const padded = new Uint8Array(16);
    padded.set(cms);
    expect(vriKey(padded)).not.toBe(vriKey(cms));
    expect(vriKey(padded)).toMatch(/^[0-9A-F]{40}$/);
  });
});
