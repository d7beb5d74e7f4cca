// The /Contents of the last signature in a PDF, read through its /ByteRange.

/** The decoded /Contents of the last signature: the bytes between the ByteRange's gap. */
export function signatureContents(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = matches.at(-1);
  if (!last) throw new Error('no signature /ByteRange in the PDF');
  const [gapStart, gapEnd] = [Number(last[2]), Number(last[3])];
  if (!(gapStart < gapEnd && gapEnd <= pdf.length)) throw new Error('the last /ByteRange does not fit the file');
  // The gap is "<hex>": skip the angle brackets.
  return new Uint8Array(Buffer.from(text.slice(gapStart + 1, gapEnd - 1), 'hex'));
}
