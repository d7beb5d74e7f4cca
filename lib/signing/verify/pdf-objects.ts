// Just enough PDF reading to verify signatures on the raw bytes (a signature covers bytes, so no
// parser that rewrites the file may be used): signature dictionaries, indirect objects by number
// (the latest definition wins, as in incremental updates), and stream contents.
import { inflateSync } from 'node:zlib';

export const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

export interface RawObject {
  num: number;
  gen: number;
  /** Offset of "N G obj" and of the byte after "endobj". */
  start: number;
  end: number;
  /** The object's text up to "stream" (or the whole body when it is not a stream). */
  dict: string;
  streamStart: number | null;
}

const OBJECT_RE = /(?<![0-9])(\d+)\s+(\d+)\s+obj\b/g;

/** Every "N G obj ... endobj" in text order (later definitions come later). */
export function listObjects(text: string, from = 0, to = text.length): RawObject[] {
  const objects: RawObject[] = [];
  OBJECT_RE.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = OBJECT_RE.exec(text)) && match.index < to) {
    const bodyStart = match.index + match[0].length;
    const streamAt = findStreamKeyword(text, bodyStart);
    const plainEnd = text.indexOf('endobj', bodyStart);
    if (plainEnd < 0) break;
    let end = plainEnd;
    let stream: { at: number; dataStart: number } | null = null;
    if (streamAt && streamAt.at < plainEnd) {
      // Stream data may contain anything, "endobj" included: jump over it by /Length when direct.
      stream = streamAt;
      const length = Number(dictValue(text.slice(bodyStart, streamAt.at), 'Length'));
      const dataEnd = Number.isInteger(length) ? streamAt.dataStart + length : streamAt.dataStart;
      const endstream = text.indexOf('endstream', dataEnd);
      end = endstream < 0 ? plainEnd : text.indexOf('endobj', endstream);
      if (end < 0) break;
    }
    objects.push({
      num: Number(match[1]),
      gen: Number(match[2]),
      start: match.index,
      end: end + 6,
      dict: text.slice(bodyStart, stream?.at ?? end),
      streamStart: stream?.dataStart ?? null,
    });
    OBJECT_RE.lastIndex = end + 6;
  }
  return objects;
}

function findStreamKeyword(text: string, from: number): { at: number; dataStart: number } | null {
  const re = /(?<!end)stream\r?\n/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { at: m.index, dataStart: m.index + m[0].length } : null;
}

export class PdfObjects {
  readonly text: string;
  private readonly latest = new Map<number, RawObject>();
  readonly all: RawObject[];

  constructor(readonly bytes: Uint8Array) {
    this.text = latin1(bytes);
    this.all = listObjects(this.text);
    for (const o of this.all) this.latest.set(o.num, o);
  }

  get(num: number): RawObject | undefined {
    return this.latest.get(num);
  }

  /** A dictionary value: the object's dict text when value is "N G R", else the value itself. */
  resolveDict(value: string | undefined): string | undefined {
    if (!value) return undefined;
    const ref = /^(\d+)\s+\d+\s+R$/.exec(value.trim());
    return ref ? this.get(Number(ref[1]))?.dict : value;
  }

  /** Decoded bytes of a stream object (FlateDecode or unfiltered). */
  streamBytes(num: number): Uint8Array | null {
    const object = this.get(num);
    if (!object || object.streamStart === null) return null;
    const lengthValue = dictValue(object.dict, 'Length');
    let length = lengthValue ? Number(lengthValue) : NaN;
    if (Number.isNaN(length) && lengthValue) {
      const ref = /^(\d+)\s+\d+\s+R$/.exec(lengthValue);
      length = ref ? Number(this.get(Number(ref[1]))?.dict.trim()) : NaN;
    }
    if (Number.isNaN(length)) {
      const endstream = this.text.indexOf('endstream', object.streamStart);
      length = endstream - object.streamStart;
    }
    const raw = this.bytes.subarray(object.streamStart, object.streamStart + length);
    const filter = dictValue(object.dict, 'Filter');
    if (!filter) return raw;
    if (/^\/FlateDecode$|^\[\s*\/FlateDecode\s*\]$/.test(filter)) return new Uint8Array(inflateSync(raw));
    return null;
  }
}

/** Top-level entries of a dictionary's text: key (without the slash) to raw value text. */
export function dictEntries(dict: string): Map<string, string> {
  const entries = new Map<string, string>();
  let i = dict.indexOf('<<');
  if (i < 0) return entries;
  i += 2;
  while (i < dict.length) {
    while (/\s/.test(dict[i] ?? '')) i++;
    if (i >= dict.length || dict.startsWith('>>', i)) break;
    if (dict[i] !== '/') {
      i++;
      continue;
    }
    const name = /^\/([^\s/<>[\]()]*)/.exec(dict.slice(i, i + 128));
    const key = name ? name[1] : '';
    i += name ? name[0].length : 1;
    const end = skipValue(dict, i);
    entries.set(key, dict.slice(i, end).trim());
    i = end;
  }
  return entries;
}

/** The raw value of /Key at the top level of a dictionary's text. */
export function dictValue(dict: string, key: string): string | undefined {
  return dictEntries(dict).get(key);
}

function skipString(s: string, i: number): number {
  let depth = 0;
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i + 1;
  }
  return i;
}

/** Index after one PDF value starting at (or after whitespace from) i. */
function skipValue(s: string, i: number): number {
  while (/\s/.test(s[i] ?? '')) i++;
  const c = s[i];
  if (s.startsWith('<<', i)) {
    let depth = 0;
    while (i < s.length) {
      if (s.startsWith('<<', i)) {
        depth++;
        i += 2;
      }
      else if (s.startsWith('>>', i)) {
        depth--;
        i += 2;
        if (depth === 0) return i;
      } else if (s[i] === '(') i = skipString(s, i);
      else i++;
    }
    return i;
  }
  if (c === '<') return s.indexOf('>', i) + 1;
  if (c === '(') return skipString(s, i);
  if (c === '[') {
    let depth = 0;
    while (i < s.length) {
      if (s[i] === '[') depth++;
      else if (s[i] === ']' && --depth === 0) return i + 1;
      else if (s[i] === '(') {
        i = skipString(s, i);
        continue;
      }
      i++;
    }
    return i;
  }
  if (c === '/') {
    const m = /^\/[^\s/<>[\]()]*/.exec(s.slice(i));
    return i + (m ? m[0].length : 1);
  }
  // number, reference "N G R", boolean, null
  const m = /^(\d+\s+\d+\s+R|[^\s/<>[\]()]+)/.exec(s.slice(i));
  return i + (m ? m[0].length : 1);
}

/** References "N G R" in an array value, as object numbers. */
export function refsIn(value: string | undefined): number[] {
  return value ? [...value.matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1])) : [];
}

/** A PDF literal string's text (escapes resolved) or a hex string's bytes as latin1. */
export function pdfString(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let raw: string;
  if (value.startsWith('<')) {
    raw = Buffer.from(value.slice(1, -1).replace(/\s/g, ''), 'hex').toString('latin1');
  } else if (value.startsWith('(')) {
    raw = value.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
      const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      return map[e] ?? String.fromCharCode(parseInt(e, 8));
    });
  } else {
    return undefined;
  }
  // UTF-16BE with a byte-order mark (names and reasons with non-Latin characters).
  if (raw.startsWith('\u00fe\u00ff')) return Buffer.from(raw.slice(2), 'latin1').swap16().toString('utf16le');
  return raw;
}

/** PDF date "D:20261123150817+07'00'" to a Date. */
export function pdfDate(value: string | undefined): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value ?? '');
  if (!m) return undefined;
  const tz = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${tz}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
