import { constants, inflateSync } from 'node:zlib';
import type { Budget } from './budget';
import { isDict, nameOf, type PdfDict, type PdfValue } from './syntax';
import { PdfDefect } from './types';

/**
 * The decoded data of an object or xref stream. Only the filters such streams use in practice are
 * supported; anything else is a defect, because an object stream we cannot read could hide anything.
 */
export function decodeStream(raw: Uint8Array, dict: PdfDict, budget: Budget): Uint8Array {
  const filters = asList(dict.get('Filter')).map(nameOf);
  const params = asList(dict.get('DecodeParms'));
  let data = raw;
  filters.forEach((filter, i) => {
    budget.tick();
    if (filter === 'FlateDecode' || filter === 'Fl') data = inflate(data, budget);
    else if (filter === 'ASCIIHexDecode' || filter === 'AHx') data = asciiHex(data);
    else if (filter === 'ASCII85Decode' || filter === 'A85') data = ascii85(data);
    else throw new PdfDefect('unsupported-filter', `object or xref stream uses ${filter ?? 'an unnamed filter'}`);
    const param = params[i];
    if (isDict(param)) data = unpredict(data, param);
    if (data.byteLength > budget.limits.maxStreamBytes) throw new PdfDefect('stream-too-large', `a stream decodes to more than ${budget.limits.maxStreamBytes} bytes`);
  });
  budget.countDecoded(data.byteLength);
  return data;
}

const asList = (v: PdfValue | undefined): PdfValue[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function inflate(data: Uint8Array, budget: Budget): Uint8Array {
  try {
    // Z_SYNC_FLUSH accepts a stream cut short (common in real files); maxOutputLength stops a bomb.
    return inflateSync(data, { maxOutputLength: budget.limits.maxStreamBytes, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PdfDefect('stream-too-large', `a stream inflates to more than ${budget.limits.maxStreamBytes} bytes`);
    }
    throw new PdfDefect('broken-structure', 'an object or xref stream cannot be inflated');
  }
}

function asciiHex(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1');
  const hex = text.slice(0, text.indexOf('>') < 0 ? undefined : text.indexOf('>')).replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new PdfDefect('broken-structure', 'bad ASCIIHex data');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = Buffer.from(data).toString('latin1').replace(/\s+/g, '').replace(/^<~/, '');
  const body = text.slice(0, text.indexOf('~>') < 0 ? undefined : text.indexOf('~>'));
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    const value = group.reduce((acc, d) => acc * 85 + d, 0);
    if (value > 0xffffffff) throw new PdfDefect('broken-structure', 'bad ASCII85 data');
    for (let k = 0; k < count; k++) out.push((value >>> (24 - 8 * k)) & 0xff);
    group = [];
  };
  for (const ch of body) {
    if (ch === 'z' && group.length === 0) out.push(0, 0, 0, 0);
    else {
      const d = ch.charCodeAt(0) - 33;
      if (d < 0 || d > 84) throw new PdfDefect('broken-structure', 'bad ASCII85 data');
      group.push(d);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 0) flush(group.length - 1);
  return Uint8Array.from(out);
}

/** PNG predictors (10-15), which xref streams use; TIFF prediction is not used by them. */
function unpredict(data: Uint8Array, param: PdfDict): Uint8Array {
  const predictor = param.get('Predictor');
  if (predictor === undefined || predictor === 1) return data;
  if (typeof predictor !== 'number' || predictor < 10) throw new PdfDefect('unsupported-filter', `predictor ${String(predictor)}`);
  const colors = typeof param.get('Colors') === 'number' ? (param.get('Colors') as number) : 1;
  const bits = typeof param.get('BitsPerComponent') === 'number' ? (param.get('BitsPerComponent') as number) : 8;
  const columns = typeof param.get('Columns') === 'number' ? (param.get('Columns') as number) : 1;
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  if (rowLength <= 0 || rowLength > 1 << 20) throw new PdfDefect('broken-structure', 'bad predictor columns');
  const rows = Math.floor(data.byteLength / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const row = data.subarray(r * (rowLength + 1) + 1, (r + 1) * (rowLength + 1));
    const base = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const left = i >= bpp ? out[base + i - bpp] : 0;
      const up = r > 0 ? out[base - rowLength + i] : 0;
      const upLeft = r > 0 && i >= bpp ? out[base - rowLength + i - bpp] : 0;
      let predicted = 0;
      if (type === 1) predicted = left;
      else if (type === 2) predicted = up;
      else if (type === 3) predicted = (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (type !== 0) throw new PdfDefect('broken-structure', `bad PNG predictor row type ${type}`);
      out[base + i] = (row[i] + predicted) & 0xff;
    }
  }
  return out;
}
