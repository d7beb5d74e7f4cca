// Hand-written PDFs with exact cross-reference offsets, so each hostile file differs from a sound
// one only in the trick it demonstrates (Didier Stevens' JavaScript and /Launch PDFs, Albertini's
// polyglots, the "PDF insecurity" SubmitForm/GoToR exfiltration and shadow-update studies).
import { deflateSync } from 'node:zlib';

export type Body = string | Uint8Array;

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A stream object body: "<< dict /Length n >> stream ... endstream". */
export function stream(dict: string, data: Body): Buffer {
  const bytes = typeof data === 'string' ? latin1(data) : Buffer.from(data);
  return Buffer.concat([latin1(`<< ${dict} /Length ${bytes.byteLength} >>\nstream\n`), bytes, latin1('\nendstream')]);
}

export const flate = (dict: string, data: Body) => stream(`${dict} /Filter /FlateDecode`, deflateSync(typeof data === 'string' ? latin1(data) : data));

export interface BuildOptions {
  header?: string;
  /** Bytes before the header (a polyglot's other format). */
  prefix?: Body;
  /** Bytes after %%EOF. */
  suffix?: Body;
  trailer?: string;
  /** Catalog object number; default 1. */
  root?: number;
}

/** objects[i] becomes object i + 1; a classic xref table with the true offsets, then the trailer. */
export function buildPdf(objects: Body[], { header = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', prefix = '', suffix = '', trailer = '', root = 1 }: BuildOptions = {}): Uint8Array {
  const parts: Buffer[] = [Buffer.from(typeof prefix === 'string' ? latin1(prefix) : prefix), latin1(header)];
  let length = parts.reduce((n, p) => n + p.byteLength, 0);
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : Buffer.from(body), latin1('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.byteLength;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R ${trailer} >>\nstartxref\n${length}\n%%EOF\n`));
  parts.push(Buffer.from(typeof suffix === 'string' ? latin1(suffix) : suffix));
  return new Uint8Array(Buffer.concat(parts));
}

/** A one-page document whose catalog and page carry the given extra entries. */
export function onePage({ catalog = '', page = '', extra = [] as Body[] } = {}): Body[] {
  return [
    `<< /Type /Catalog /Pages 2 0 R ${catalog} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ${page} >>`,
    stream('', 'BT /F1 12 Tf 72 760 Td (Surat) Tj ET'),
    ...extra,
  ];
}

/** Appends an incremental update (new objects, an xref section with /Prev) the way a signer does. */
export function appendUpdate(pdf: Uint8Array, objects: { num: number; body: string }[], root: number): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  let length = pdf.byteLength;
  const parts: Buffer[] = [Buffer.from(pdf)];
  const entries: string[] = [];
  for (const { num, body } of objects) {
    entries.push(`${num} 1\n${String(length).padStart(10, '0')} 00000 n \n`);
    const chunk = latin1(`${num} 0 obj\n${body}\nendobj\n`);
    parts.push(chunk);
    length += chunk.byteLength;
  }
  const size = Math.max(...objects.map((o) => o.num)) + 1;
  parts.push(latin1(`xref\n${entries.join('')}trailer\n<< /Size ${size} /Root ${root} 0 R /Prev ${prev} >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** A stored (uncompressed) ZIP with one entry; offsets count from base, the archive's position in the file. */
export function zipArchive(name: string, content: string, base = 0): Buffer {
  const data = latin1(content);
  const crc = crc32(data);
  const nameBytes = latin1(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.byteLength, 18);
  local.writeUInt32LE(data.byteLength, 22);
  local.writeUInt16LE(nameBytes.byteLength, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.byteLength, 20);
  central.writeUInt32LE(data.byteLength, 24);
  central.writeUInt16LE(nameBytes.byteLength, 28);
  central.writeUInt32LE(base, 42);
  const centralOffset = base + 30 + nameBytes.byteLength + data.byteLength;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.byteLength, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
