// PDF values as the parser produces them (ISO 32000-1, 7.3). Strings keep their position in the
// source so a signature's /Contents can be matched with the ByteRange gap byte for byte.

export class PdfName {
  constructor(readonly value: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  toString(): string {
    return `${this.num} ${this.gen} R`;
  }
}

export class PdfString {
  constructor(
    readonly bytes: Uint8Array,
    readonly hex: boolean,
    /** Offsets of the opening and after the closing delimiter in the buffer it was read from. */
    readonly start: number,
    readonly end: number,
  ) {}
}

export class PdfDict {
  constructor(readonly entries: Map<string, PdfValue>) {}
  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }
  name(key: string): string | undefined {
    const value = this.entries.get(key);
    return value instanceof PdfName ? value.value : undefined;
  }
}

export type PdfValue = null | boolean | number | PdfName | PdfRef | PdfString | PdfDict | PdfValue[] | PdfKeyword;

/** A bare keyword where a value was expected (malformed input, kept so it can be compared). */
export class PdfKeyword {
  constructor(readonly value: string) {}
}

/** Structural equality; references are equal when they name the same object. */
export function sameValue(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a instanceof PdfName) return b instanceof PdfName && a.value === b.value;
  if (a instanceof PdfKeyword) return b instanceof PdfKeyword && a.value === b.value;
  if (a instanceof PdfRef) return b instanceof PdfRef && a.num === b.num && a.gen === b.gen;
  if (a instanceof PdfString) return b instanceof PdfString && Buffer.from(a.bytes).equals(Buffer.from(b.bytes));
  if (a instanceof PdfDict) {
    if (!(b instanceof PdfDict) || a.entries.size !== b.entries.size) return false;
    for (const [key, value] of a.entries) if (!sameValue(value, b.entries.get(key))) return false;
    return true;
  }
  return false;
}

/** Keys whose values differ between two dictionaries. */
export function changedKeys(a: PdfDict, b: PdfDict): string[] {
  const keys = new Set([...a.entries.keys(), ...b.entries.keys()]);
  return [...keys].filter((key) => !sameValue(a.get(key), b.get(key)));
}

/** Text of a PDF text string: UTF-16BE with a byte-order mark, else PDFDocEncoding read as latin1. */
export function textOf(value: PdfValue | undefined): string | undefined {
  if (!(value instanceof PdfString)) return undefined;
  const bytes = Buffer.from(value.bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const utf16 = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return utf16.swap16().toString('utf16le');
  }
  return bytes.toString('latin1');
}
