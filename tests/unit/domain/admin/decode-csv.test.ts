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
    ['an .xlsx (ZIP)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xc8, 0x9a]), 'Berkas ini tampaknya Excel (.xlsx); simpan sebagai CSV (UTF-8) lalu unggah lagi.'],
    ['an .xls (OLE2)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]), 'Excel lama (.xls)'],
    ['a PDF', enc('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), 'Berkas ini PDF, bukan CSV'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'Berkas ini gambar, bukan CSV'],
    ['other binary', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe]), 'bukan teks CSV (isinya biner)'],
  ])('refuses %s', (_, bytes, message) => {
    const r = decodeCsv(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});
