// A CMS ContentInfo{SignedData} split, by its DER lengths alone, into the certificates it carries
// and the rest. The certificates are then read through the per-thread cache (the CA and TSA
// certificates every naskah carries are parsed once), and asn1js parses only the rest: parsing
// every certificate of every CMS and time-stamp token was most of a verification's CPU time.
// Anything that is not plain DER of that shape (BER indefinite lengths, long tags) is not split.

interface Tlv {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

function readTlv(bytes: Uint8Array, at: number, limit: number): Tlv | null {
  if (at + 2 > limit) return null;
  const tag = bytes[at];
  if ((tag & 0x1f) === 0x1f) return null;
  let length = bytes[at + 1];
  let contentStart = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || contentStart + count > limit) return null;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart++];
  }
  const end = contentStart + length;
  return end <= limit ? { tag, start: at, contentStart, end } : null;
}

function children(bytes: Uint8Array, parent: Tlv): Tlv[] | null {
  const found: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end; ) {
    const child = readTlv(bytes, at, parent.end);
    if (!child) return null;
    found.push(child);
    at = child.end;
  }
  return found;
}

function withHeader(tag: number, parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const lengthBytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest % 256);
  const header = length < 0x80 ? [tag, length] : [tag, 0x80 | lengthBytes.length, ...lengthBytes];
  return new Uint8Array(Buffer.concat([Uint8Array.from(header), ...parts]));
}

const SEQUENCE = 0x30;
const OID = 0x06;
const CONTEXT_0 = 0xa0;

/** The certificates' DER and the ContentInfo without them; null when the bytes are not DER of that shape. */
export function splitCertificates(der: Uint8Array): { rest: Uint8Array; certificates: Uint8Array[] } | null {
  const info = readTlv(der, 0, der.length);
  const infoItems = info?.tag === SEQUENCE ? children(der, info) : null;
  if (!infoItems || infoItems.length !== 2 || infoItems[0].tag !== OID || infoItems[1].tag !== CONTEXT_0) return null;
  const explicit = children(der, infoItems[1]);
  if (!explicit || explicit.length !== 1 || explicit[0].tag !== SEQUENCE) return null;
  const signedData = explicit[0];
  const items = children(der, signedData);
  const set = items?.find((item) => item.tag === CONTEXT_0);
  if (!items) return null;
  if (!set) return { rest: der.subarray(0, info!.end), certificates: [] };
  const choices = children(der, set);
  if (!choices) return null;
  const slice = (tlv: Tlv) => der.subarray(tlv.start, tlv.end);
  const rest = withHeader(SEQUENCE, [
    slice(infoItems[0]),
    withHeader(CONTEXT_0, [withHeader(SEQUENCE, [der.subarray(signedData.contentStart, set.start), der.subarray(set.end, signedData.end)])]),
  ]);
  return { rest, certificates: choices.filter((c) => c.tag === SEQUENCE).map(slice) };
}
