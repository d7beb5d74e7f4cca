// An uploaded image's size in pixels, read from its headers before anything decodes it. A PNG is
// deflate-compressed: 389 KB of zeros declare 20,000 x 20,000 pixels, and turning that scan into a
// PDF (pdf-lib decodes it to RGBA) took 38 s of CPU and 3.6 GB of memory (a "decompression bomb").
// An animated PNG repeats that per frame. A JPEG is embedded as it is, but a reader decodes it.
import type { JenisIsi } from './sniff';

/** 40 megapixels: an A4 page scanned at 600 dpi (35 MP) and a 40 MP phone photo fit. */
export const GAMBAR_PIKSEL_MAKS = 40_000_000;

export const GAMBAR_RUSAK_MESSAGE = 'Gambar rusak atau tidak dapat dibaca.';

export interface UkuranGambar {
  lebar: number;
  tinggi: number;
  /** A PNG with animation chunks (APNG): every frame would be decoded. */
  animasi: boolean;
}

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) + b[at + 1]!;
const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

/** IHDR first (the format requires it), then every chunk's type, by their lengths, without reading their data. */
function ukuranPng(b: Uint8Array): UkuranGambar | null {
  if (b.length < 33 || u32(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR') return null;
  const ukuran = { lebar: u32(b, 16), tinggi: u32(b, 20), animasi: false };
  for (let at = 8; at + 8 <= b.length; ) {
    const panjang = u32(b, at);
    const jenis = ascii(b, at + 4, 4);
    if (jenis === 'acTL' || jenis === 'fcTL') ukuran.animasi = true;
    if (jenis === 'IEND') break;
    at += 12 + panjang;
  }
  return ukuran;
}

/** The frame header (SOF0-SOF15, not DHT C4, JPG C8, DAC CC), found by walking the marker segments. */
function ukuranJpeg(b: Uint8Array): UkuranGambar | null {
  for (let at = 2; at + 4 <= b.length; ) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // image data before any frame header
    const panjang = u16(b, at + 2);
    if (panjang < 2) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (at + 9 > b.length) return null;
      return { tinggi: u16(b, at + 5), lebar: u16(b, at + 7), animasi: false };
    }
    at += 2 + panjang;
  }
  return null;
}

export function ukuranGambar(bytes: Uint8Array, jenis: Exclude<JenisIsi, 'pdf'>): UkuranGambar | null {
  return jenis === 'png' ? ukuranPng(bytes) : ukuranJpeg(bytes);
}

/** 2,000 x 2,000 pixels: a kop logo is printed about 2.5 cm wide; every naskah of its OPD decodes it again. */
export const LOGO_PIKSEL_MAKS = 4_000_000;
/** A kop logo's file: 1 MB is ample for a crest at print resolution. */
export const LOGO_BYTE_MAKS = 1024 * 1024;

/** Why an image is refused before it is decoded, or null when its size is one a scan or a photo (or a logo) has. */
export function tolakGambar(bytes: Uint8Array, jenis: Exclude<JenisIsi, 'pdf'>, pikselMaks = GAMBAR_PIKSEL_MAKS): string | null {
  const ukuran = ukuranGambar(bytes, jenis);
  if (!ukuran || ukuran.lebar === 0 || ukuran.tinggi === 0) return GAMBAR_RUSAK_MESSAGE;
  if (ukuran.animasi) return 'Gambar bergerak (PNG animasi) tidak diterima. Simpan sebagai gambar biasa atau PDF.';
  if (ukuran.lebar * ukuran.tinggi > pikselMaks) {
    const ukuranTeks = `${ukuran.lebar.toLocaleString('id-ID')} x ${ukuran.tinggi.toLocaleString('id-ID')} piksel`;
    return `Gambar terlalu besar (${ukuranTeks}; paling banyak ${pikselMaks / 1e6} megapiksel). Perkecil resolusinya; untuk pindaian surat, 300 dpi cukup.`;
  }
  return null;
}
