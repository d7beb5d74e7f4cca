import { describe, expect, it } from 'vitest';
import { decodeCsv } from '@/lib/domain/admin/decode-csv';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeCsv', () => {
  it.each([
    ['comma', enc('a,b\n1,"x, y"\n'), [['a', 'b'], ['1', 'x, y']]],
    ['semicolon', enc('a;b\r\n1;2\r\n'), [['a', 'b'], ['1', '2']]],
    ['UTF-8 BOM stripped', enc('\uFEFFa,b\n'), [['a', 'b']]],
    ['Indonesian names survive', enc('nama\nI Gede Wirawan Putra\nSiti Nur’aini\n'), [['nama'], ['I Gede Wirawan Putra'], ['Siti Nur’aini']]],
  ] as const)('%s', (_, bytes, rows) => {
    expect(decodeCsv(bytes)).toEqual({ ok: true, rows });
  });

  it.each([
    ['Windows-1252', new Uint8Array([0x6e, 0x61, 0x6d, 0x61, 0x0a, 0x4a, 0xe9, 0x0a]), 'bukan UTF-8'],
    ['UTF-16 LE', new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'UTF-16'],
    ['NUL bytes', enc('a,b\n\u0000,1\n'), 'NUL'],
    ['broken quotes', enc('a,b\n"x,1\n'), 'Format CSV rusak'],
    ['too large', new Uint8Array(10 * 1024 * 1024 + 1), '10 MB'],
  ])('refuses %s', (_, bytes, message) => {
    const r = decodeCsv(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});
