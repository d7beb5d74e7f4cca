// Logo uploads are identified by their first bytes, never by file name or the browser's MIME type.
export const MAX_LOGO_BYTES = 1024 * 1024;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function detectImageType(bytes: Uint8Array): { ext: 'png' | 'jpg'; contentType: 'image/png' | 'image/jpeg' } | null {
  if (startsWith(bytes, PNG)) return { ext: 'png', contentType: 'image/png' };
  if (startsWith(bytes, JPEG)) return { ext: 'jpg', contentType: 'image/jpeg' };
  return null;
}
