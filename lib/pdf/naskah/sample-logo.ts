// A made-up emblem (a shield with a star) drawn as PNG in code, so samples and tests have a logo
// without shipping a real government coat of arms.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function insideStar(x: number, y: number, cx: number, cy: number, r: number): boolean {
  const pts: [number, number][] = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.4 : r;
    return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)];
  });
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A 120 x 140 RGBA PNG: green shield, gold border, white star. */
export function sampleLogoPng(): Uint8Array {
  const w = 120;
  const h = 140;
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const o = y * (w * 4 + 1) + 1 + x * 4;
      const half = Math.abs(x - w / 2);
      // Shield: straight sides to 60% of the height, then a curve to the point.
      const edge = y < h * 0.6 ? w / 2 - 4 : (w / 2 - 4) * Math.sqrt(Math.max(0, 1 - ((y - h * 0.6) / (h * 0.4 - 4)) ** 2));
      const inShield = y >= 4 && half <= edge;
      const inInner = y >= 10 && half <= edge - 6 && y < h - 10;
      let rgba = [0, 0, 0, 0];
      if (inShield) rgba = [212, 160, 23, 255];
      if (inInner) rgba = [20, 110, 60, 255];
      if (inInner && insideStar(x, y, w / 2, h * 0.42, 30)) rgba = [255, 255, 255, 255];
      raw.set(rgba, o);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}
