// A DER checker written from X.690 alone (no ASN.1 library), so it shares nothing with the code
// that produced the bytes. It walks every TLV and reports each rule of DER (X.690 section 10-11)
// that BER would allow but DER forbids.

export interface DerViolation {
  /** Byte offset of the offending TLV. */
  offset: number;
  rule: string;
}

/** Universal string and time types: DER encodes them primitive (X.690 10.2). */
const PRIMITIVE_ONLY = new Set([3, 4, 12, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 30]);

interface Tlv {
  offset: number;
  tagClass: number;
  constructed: boolean;
  tagNumber: number;
  contentStart: number;
  end: number;
}

function readTlv(bytes: Uint8Array, offset: number, limit: number, violations: DerViolation[]): Tlv {
  let at = offset;
  const need = (n: number) => {
    if (at + n > limit) throw new Error(`truncated TLV at ${offset}`);
  };
  need(2);
  const first = bytes[at++];
  const tagClass = first >> 6;
  const constructed = (first & 0x20) !== 0;
  let tagNumber = first & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    if (bytes[at] === 0x80) violations.push({ offset, rule: 'high tag number with a leading 0x80 octet' });
    let octet: number;
    do {
      need(1);
      octet = bytes[at++];
      tagNumber = tagNumber * 128 + (octet & 0x7f);
    } while (octet & 0x80);
    if (tagNumber < 31) violations.push({ offset, rule: 'tag number below 31 in the long form' });
  }
  need(1);
  const lengthOctet = bytes[at++];
  let length: number;
  if (lengthOctet === 0x80) {
    violations.push({ offset, rule: 'indefinite length' });
    throw new Error(`indefinite length at ${offset}: cannot continue`);
  } else if (lengthOctet & 0x80) {
    const count = lengthOctet & 0x7f;
    need(count);
    if (bytes[at] === 0) violations.push({ offset, rule: 'length with a leading zero octet' });
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[at++];
    if (length < 128) violations.push({ offset, rule: 'long-form length for a length below 128' });
  } else {
    length = lengthOctet;
  }
  if (at + length > limit) throw new Error(`TLV at ${offset} runs past its container`);
  return { offset, tagClass, constructed, tagNumber, contentStart: at, end: at + length };
}

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}

function walk(bytes: Uint8Array, start: number, end: number, violations: DerViolation[], setOf: (tlv: Tlv) => boolean): void {
  let at = start;
  while (at < end) {
    const tlv = readTlv(bytes, at, end, violations);
    const content = bytes.subarray(tlv.contentStart, tlv.end);
    const universal = tlv.tagClass === 0;
    if (universal && tlv.constructed && PRIMITIVE_ONLY.has(tlv.tagNumber)) violations.push({ offset: at, rule: `constructed encoding of universal type ${tlv.tagNumber}` });
    if (universal && !tlv.constructed) {
      if (tlv.tagNumber === 1 && !(content.length === 1 && (content[0] === 0 || content[0] === 0xff))) violations.push({ offset: at, rule: 'BOOLEAN TRUE other than 0xFF' });
      if ((tlv.tagNumber === 2 || tlv.tagNumber === 10) && content.length > 1) {
        if ((content[0] === 0 && content[1] < 0x80) || (content[0] === 0xff && content[1] >= 0x80)) violations.push({ offset: at, rule: 'INTEGER not in its shortest form' });
      }
      if (tlv.tagNumber === 3 && content.length > 0) {
        const unused = content[0];
        if (unused > 7 || (content.length === 1 && unused !== 0)) violations.push({ offset: at, rule: 'BIT STRING with a bad unused-bits count' });
        else if (content.length > 1 && (content[content.length - 1] & ((1 << unused) - 1)) !== 0) violations.push({ offset: at, rule: 'BIT STRING unused bits not zero' });
      }
      if (tlv.tagNumber === 24) {
        const text = Buffer.from(content).toString('latin1');
        if (!/^\d{14}(\.\d*[1-9])?Z$/.test(text)) violations.push({ offset: at, rule: `GeneralizedTime "${text}" not in DER form (YYYYMMDDHHMMSS[.f]Z, no trailing zeros)` });
      }
      if (tlv.tagNumber === 23) {
        const text = Buffer.from(content).toString('latin1');
        if (!/^\d{12}Z$/.test(text)) violations.push({ offset: at, rule: `UTCTime "${text}" not in DER form` });
      }
    }
    if (tlv.constructed) {
      const members: Uint8Array[] = [];
      let inner = tlv.contentStart;
      while (inner < tlv.end) {
        const member = readTlv(bytes, inner, tlv.end, []);
        members.push(bytes.subarray(inner, member.end));
        inner = member.end;
      }
      if ((universal && tlv.tagNumber === 17) || setOf(tlv)) {
        for (let i = 1; i < members.length; i++) {
          if (compare(members[i - 1], members[i]) > 0) violations.push({ offset: at, rule: 'SET OF members not in ascending order of their encodings' });
        }
      }
      walk(bytes, tlv.contentStart, tlv.end, violations, setOf);
    }
    at = tlv.end;
  }
}

/**
 * Every DER violation in bytes, which must hold exactly one TLV (trailing bytes are reported).
 * implicitSetOf marks context-tagged SET OFs (CMS's certificates [0] IMPLICIT): given the TLV, true
 * when its members must be sorted.
 */
export function derViolations(bytes: Uint8Array, implicitSetOf: (tlv: { tagClass: number; tagNumber: number; offset: number }) => boolean = () => false): DerViolation[] {
  const violations: DerViolation[] = [];
  const top = readTlv(bytes, 0, bytes.length, []);
  if (top.end !== bytes.length) violations.push({ offset: top.end, rule: `${bytes.length - top.end} bytes after the DER value` });
  walk(bytes, 0, top.end, violations, implicitSetOf);
  return violations;
}

/** The first TLV of bytes (a /Contents string ends in zero padding). */
export function firstTlv(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(0, readTlv(bytes, 0, bytes.length, []).end);
}

/** The content octets of the primitive OCTET STRINGs directly inside a TLV path, for nested DER (eContent). */
export function contentOf(bytes: Uint8Array): Uint8Array {
  const tlv = readTlv(bytes, 0, bytes.length, []);
  return bytes.subarray(tlv.contentStart, tlv.end);
}
