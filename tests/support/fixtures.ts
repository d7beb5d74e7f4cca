// Small upload fixtures made in memory: a real one-page PDF, a real PNG, and an executable
// dressed up as a PDF.
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function tinyPdf(text = 'Surat uji'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 72, y: 760, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A width x height RGB PNG in one colour. */
export function tinyPng(width = 40, height = 60, rgb: [number, number, number] = [30, 90, 160]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

/**
 * A PNG of width x height grey pixels, every one 0: a few hundred KB that inflate to width*height
 * bytes, and to four times that once decoded to RGBA (a decompression bomb). `animasi` adds the
 * APNG control chunk, which a decoder answers by decoding every frame.
 */
export function pngBom(width: number, height: number, { animasi = false } = {}): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(1, 0);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = deflateSync(Buffer.alloc((width + 1) * height), { level: 9 });
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), ...(animasi ? [chunk('acTL', actl)] : []), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]));
}

/** The first bytes of an ELF executable, which is what a renamed binary starts with. */
export function fakeExecutable(): Uint8Array {
  return new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(120).fill(0)]);
}

export const asFile = (bytes: Uint8Array, name: string, type = 'application/pdf') => new File([Buffer.from(bytes)], name, { type });
