// Stream data decoding for what verification must read itself: cross-reference streams, object
// streams and DSS entries. FlateDecode is bounded (zlib's maxOutputLength): a deflate bomb is a
// refusal, not an allocation of gigabytes.
import { inflateSync } from 'node:zlib';
import { LIMITS, PdfDamagedError, PdfRefusedError, type WorkBudget } from './limits';
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

function inflate(data: Uint8Array, budget: WorkBudget): Uint8Array {
  let out: Buffer;
  try {
    out = inflateSync(data, { maxOutputLength: LIMITS.maxStreamBytes, finishFlush: 2 /* Z_SYNC_FLUSH: accept a missing end */ });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new PdfRefusedError(`sebuah aliran data mengembang melebihi ${LIMITS.maxStreamBytes / 1024 / 1024} MB setelah dibuka`);
    }
    throw new PdfDamagedError('aliran data terkompresi (FlateDecode) rusak');
  }
  budget.inflate(out.length);
  return out;
}

/** PNG predictors (10-15) as used by xref and object streams; TIFF predictor 2 is not needed here. */
function unpredict(data: Uint8Array, params: PdfDict | null): Uint8Array {
  const predictor = typeof params?.get('Predictor') === 'number' ? (params!.get('Predictor') as number) : 1;
  if (predictor < 10) {
    if (predictor !== 1) throw new PdfDamagedError(`prediktor ${predictor} tidak didukung`);
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

/** Decoded stream data; null for filters verification does not need to read (images and the like). */
export function decodeStream(dict: PdfDict, raw: Uint8Array, budget: WorkBudget): Uint8Array | null {
  const { names, params } = filters(dict);
  let data = raw;
  for (const [i, name] of names.entries()) {
    if (name === 'FlateDecode' || name === 'Fl') data = unpredict(inflate(data, budget), params[i]);
    else if (name === 'ASCIIHexDecode' || name === 'AHx') {
      const text = Buffer.from(data).toString('latin1').replace(/\s|>.*$/gs, '');
      data = Buffer.from(text.length % 2 ? `${text}0` : text, 'hex');
    } else return null;
  }
  return data;
}

