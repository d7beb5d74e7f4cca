// Appends an incremental update (new object versions, an xref section and a trailer with /Prev)
// without touching a byte of the original: the only way to add to a signed PDF and keep its
// signature valid. pdf-lib always rewrites the whole file, so this small writer does it.

export interface IndirectObject {
  number: number;
  generation: number;
  /** The object's serialised value (dictionary, stream...), without "n g obj" / "endobj". */
  body: Uint8Array;
}

export interface TrailerFields {
  /** One more than the highest object number in the whole file after this update. */
  size: number;
  /** Serialised references and values, e.g. { Root: '1 0 R', Info: '7 0 R', ID: '[<..> <..>]' }. */
  entries: Record<string, string>;
}

const encoder = new TextEncoder();
const latin1 = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

/** Offset of the last cross-reference section, read from the last "startxref" of the file. */
export function lastStartXref(pdf: Uint8Array): number {
  const tail = latin1(pdf, Math.max(0, pdf.length - 2048), pdf.length);
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new Error('no startxref at the end of the file');
  const offset = Number(match[1]);
  if (!Number.isSafeInteger(offset) || offset >= pdf.length) throw new Error('startxref points outside the file');
  return offset;
}

/** Groups sorted object numbers into xref subsections of consecutive numbers. */
export function xrefSubsections(numbers: number[]): { first: number; count: number }[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const sections: { first: number; count: number }[] = [];
  for (const n of sorted) {
    const last = sections.at(-1);
    if (last && last.first + last.count === n) last.count++;
    else sections.push({ first: n, count: 1 });
  }
  return sections;
}

export function appendIncrementalUpdate(original: Uint8Array, objects: IndirectObject[], trailer: TrailerFields): Uint8Array {
  if (objects.length === 0) throw new Error('an incremental update needs at least one object');
  const prev = lastStartXref(original);
  const chunks: Uint8Array[] = [original];
  let offset = original.length;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    chunks.push(bytes);
    offset += bytes.length;
  };
  // The original may end right after %%EOF (a signed file's ByteRange ends there): start on a new line.
  if (original[original.length - 1] !== 0x0a) push('\n');

  const offsets = new Map<number, { offset: number; generation: number }>();
  for (const object of objects) {
    offsets.set(object.number, { offset, generation: object.generation });
    push(`${object.number} ${object.generation} obj\n`);
    push(object.body);
    push('\nendobj\n');
  }

  const xrefOffset = offset;
  let xref = 'xref\n';
  for (const { first, count } of xrefSubsections(objects.map((o) => o.number))) {
    xref += `${first} ${count}\n`;
    for (let n = first; n < first + count; n++) {
      const entry = offsets.get(n)!;
      // Exactly 20 bytes per entry: 10-digit offset, 5-digit generation, type, two-byte EOL.
      xref += `${String(entry.offset).padStart(10, '0')} ${String(entry.generation).padStart(5, '0')} n\r\n`;
    }
  }
  const entries = Object.entries(trailer.entries).map(([k, v]) => `/${k} ${v}`).join(' ');
  push(`${xref}trailer\n<< /Size ${trailer.size} ${entries} /Prev ${prev} >>\nstartxref\n${xrefOffset}\n%%EOF\n`);

  const result = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}
