// pdf-lib objects as the bytes an incremental update writes for them.
import type { PDFObject } from 'pdf-lib';

export function serialise(object: PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}
