// An image's pixels are counted from its headers, before anything decodes it: a PNG bomb, an
// animated PNG and a JPEG whose frame header declares a giant are refused by their headers alone.
import { describe, expect, it } from 'vitest';
import { GAMBAR_PIKSEL_MAKS, GAMBAR_RUSAK_MESSAGE, LOGO_PIKSEL_MAKS, tolakGambar, ukuranGambar } from '@/lib/domain/berkas/ukuran-gambar';
import { pngBom, tinyPng } from '../../support/fixtures';

/** A JPEG's markers up to its frame header (and a little scan), as a camera writes them. */
function jpeg(width: number, height: number, { sosFirst = false } = {}): Uint8Array {
  const segment = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const app0 = segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const dht = segment(0xc4, [0x00, ...new Array(16).fill(0)]); // C4 is a table, not a frame
  const sof = segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  const sos = segment(0xda, [1, 1, 0, 0, 0x3f, 0]);
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, 0xff, ...dht, ...(sosFirst ? sos : sof), ...(sosFirst ? sof : sos), 0x00, 0xff, 0xd9]);
}

describe('ukuran gambar', () => {
  it('reads a PNG scan and a JPEG photo as they are, and lets them through', () => {
    expect(ukuranGambar(tinyPng(2480, 35), 'png')).toEqual({ lebar: 2480, tinggi: 35, animasi: false });
    expect(tolakGambar(tinyPng(), 'png')).toBeNull();
    expect(ukuranGambar(jpeg(4000, 3000), 'jpeg')).toEqual({ lebar: 4000, tinggi: 3000, animasi: false });
    // A4 at 600 dpi, and a 40 MP phone photo.
    expect(tolakGambar(jpeg(4961, 7016), 'jpeg')).toBeNull();
    expect(tolakGambar(jpeg(7296, 5472), 'jpeg')).toBeNull();
  });

  it('refuses a PNG of under 200 KB that declares 81 megapixels, saying its size', () => {
    const bom = pngBom(9000, 9000);
    expect(bom.byteLength).toBeLessThan(200_000);
    expect(tolakGambar(bom, 'png')).toBe(`Gambar terlalu besar (9.000 x 9.000 piksel; paling banyak ${GAMBAR_PIKSEL_MAKS / 1e6} megapiksel). Perkecil resolusinya; untuk pindaian surat, 300 dpi cukup.`);
    expect(tolakGambar(jpeg(65535, 65535), 'jpeg')).toMatch(/^Gambar terlalu besar \(65\.535 x 65\.535 piksel;/);
  });

  it('refuses an animated PNG, whose every frame would be decoded', () => {
    expect(tolakGambar(pngBom(100, 100, { animasi: true }), 'png')).toBe('Gambar bergerak (PNG animasi) tidak diterima. Simpan sebagai gambar biasa atau PDF.');
  });

  it('refuses headers it cannot read: truncated, no IHDR first, zero size, image data before the frame header', () => {
    const png = tinyPng();
    expect(tolakGambar(png.subarray(0, 20), 'png')).toBe(GAMBAR_RUSAK_MESSAGE);
    const noIhdr = new Uint8Array(png);
    noIhdr.set([0x74, 0x45, 0x58, 0x74], 12); // "tEXt" where IHDR must be
    expect(tolakGambar(noIhdr, 'png')).toBe(GAMBAR_RUSAK_MESSAGE);
    expect(tolakGambar(tinyPng(0, 1), 'png')).toBe(GAMBAR_RUSAK_MESSAGE);
    expect(tolakGambar(jpeg(100, 100, { sosFirst: true }), 'jpeg')).toBe(GAMBAR_RUSAK_MESSAGE);
    expect(tolakGambar(new Uint8Array([0xff, 0xd8, 0xff, 0xc0, 0, 0]), 'jpeg')).toBe(GAMBAR_RUSAK_MESSAGE);
  });

  it('holds a kop logo to a logo’s size', () => {
    expect(tolakGambar(jpeg(1200, 1200), 'jpeg', LOGO_PIKSEL_MAKS)).toBeNull();
    expect(tolakGambar(jpeg(3000, 3000), 'jpeg', LOGO_PIKSEL_MAKS)).toMatch(/paling banyak 4 megapiksel/);
  });
});
