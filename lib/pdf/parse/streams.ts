// Stream data decoding for what the parser must read itself: cross-reference streams, object
// streams and DSS entries. Every filter's output is bounded (zlib's maxOutputLength for Flate, a
// size check after the others): a decompression bomb is a refusal, not an allocation of gigabytes.
import { inflateSync } from 'node:zlib';
import { PdfDamagedError, PdfRefusedError, type WorkBudget } from './limits';
import { PdfDict, PdfName } from './values';

function filters(dict: PdfDict): { names: string[]; params: (PdfDict | null)[] } {
  const filter = dict.get('Filter');
  const names = (Array.isArray(filter) ? filter : filter === undefined || filter === null ? [] : [filter]).map((f) =>
    f instanceof PdfName ? f.value : '?',
  );
  const parms = dict.get('DecodeParms');
  const list = Array.isArray(parms) ? parms : [parms];
  return { names, params: names.map((_, i) => (list[i] instanceof PdfDict ? (list[i] as PdfDict) : null)) };
}

const tooLarge = (max: number) => new PdfRefusedError(`sebuah aliran data mengembang melebihi ${max / 1024 / 1024} MB setelah dibuka`, 'stream-too-large');

function inflate(data: Uint8Array, budget: WorkBudget): Uint8Array {
  const max = budget.limits.maxStreamBytes;
  let out: Buffer;
  try {
    out = inflateSync(data, { maxOutputLength: max, finishFlush: 2 /* Z_SYNC_FLUSH: accept a missing end */ });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge(max);
    throw new PdfDamagedError('aliran data terkompresi (FlateDecode) rusak');
  }
  budget.inflate(out.length);
  return out;
}

function asciiHex(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1');
  const close = text.indexOf('>');
  const hex = (close < 0 ? text : text.slice(0, close)).replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new PdfDamagedError('data ASCIIHexDecode rusak');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

/** ASCII85 (ISO 32000-1, 7.4.3); "z" stands for four zero bytes, so the output is bounded like Flate's. */
function ascii85(data: Uint8Array, max: number): Uint8Array {
  const text = Buffer.from(data).toString('latin1').replace(/\s+/g, '').replace(/^<~/, '');
  const close = text.indexOf('~>');
  const body = close < 0 ? text : text.slice(0, close);
  const out = new Uint8Array(Math.min(body.length * 4, max + 4));
  let n = 0;
  let group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    const value = group.reduce((acc, d) => acc * 85 + d, 0);
    if (value > 0xffffffff) throw new PdfDamagedError('data ASCII85Decode rusak');
    for (let k = 0; k < count; k++) out[n++] = (value >>> (24 - 8 * k)) & 0xff;
    group = [];
  };
  for (const ch of body) {
    if (n > max) throw tooLarge(max);
    if (ch === 'z' && group.length === 0) n += 4;
    else {
      const d = ch.charCodeAt(0) - 33;
      if (d < 0 || d > 84) throw new PdfDamagedError('data ASCII85Decode rusak');
      group.push(d);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 0) flush(group.length - 1);
  if (n > max) throw tooLarge(max);
  return out.subarray(0, n);
}

/** PNG predictors (10-15) as used by xref and object streams; TIFF predictor 2 is not read here. */
function unpredict(data: Uint8Array, params: PdfDict | null): Uint8Array {
  const predictor = typeof params?.get('Predictor') === 'number' ? (params!.get('Predictor') as number) : 1;
  if (predictor < 10) {
    if (predictor !== 1) throw new PdfDamagedError(`prediktor ${predictor} tidak didukung`, 'unsupported-filter');
    return data;
  }
  const num = (key: string, fallback: number) => (typeof params?.get(key) === 'number' ? (params!.get(key) as number) : fallback);
  const columns = num('Columns', 1);
  const bpc = num('BitsPerComponent', 8);
  const colors = num('Colors', 1);
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLength = Math.ceil((columns * colors * bpc) / 8);
  if (!(rowLength > 0 && rowLength < 1 << 20)) throw new PdfDamagedError('parameter prediktor tidak wajar');
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  const prev = new Uint8Array(rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    if (type > 4) throw new PdfDamagedError(`jenis baris prediktor PNG ${type} tidak sah`);
    const row = data.subarray(r * (rowLength + 1) + 1, (r + 1) * (rowLength + 1));
    const cur = out.subarray(r * rowLength, (r + 1) * rowLength);
    for (let i = 0; i < rowLength; i++) {
      const left = i >= bpp ? cur[i - bpp] : 0;
      const up = prev[i];
      const upLeft = i >= bpp ? prev[i - bpp] : 0;
      let v = row[i];
      if (type === 1) v += left;
      else if (type === 2) v += up;
      else if (type === 3) v += (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      cur[i] = v & 0xff;
    }
    prev.set(cur);
  }
  return out;
}

/** Decoded stream data; null for filters the parser does not need to read (images and the like). */
export function decodeStream(dict: PdfDict, raw: Uint8Array, budget: WorkBudget): Uint8Array | null {
  const { names, params } = filters(dict);
  const max = budget.limits.maxStreamBytes;
  let data = raw;
  for (const [i, name] of names.entries()) {
    budget.checkTime();
    if (name === 'FlateDecode' || name === 'Fl') data = unpredict(inflate(data, budget), params[i]);
    else if (name === 'ASCIIHexDecode' || name === 'AHx') data = asciiHex(data);
    else if (name === 'ASCII85Decode' || name === 'A85') {
      data = ascii85(data, max);
      budget.inflate(data.length);
    } else return null;
    if (data.length > max) throw tooLarge(max);
  }
  return data;
}
