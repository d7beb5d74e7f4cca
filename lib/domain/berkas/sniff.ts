// What an uploaded file really is, read from its first bytes: the name and the browser's
// Content-Type are the uploader's claims, so neither decides.

export type JenisIsi = 'pdf' | 'jpeg' | 'png';

export const MIME_BY_JENIS: Record<JenisIsi, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };

/** 20 MB: a multi-page scan at 200 dpi fits; larger is refused with a message, never truncated. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const UPLOAD_TOO_LARGE_MESSAGE = 'Berkas terlalu besar: paling besar 20 MB.';
export const UPLOAD_WRONG_TYPE_MESSAGE = 'Berkas harus PDF, JPG, atau PNG (isi berkas diperiksa, bukan nama berkasnya).';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** How many first bytes sniffJenisIsi reads (the PNG signature is the longest). */
export const SNIFF_BYTES = 8;

/** The kind of the content, or null when it is none of PDF, JPEG, PNG. */
export function sniffJenisIsi(bytes: Uint8Array): JenisIsi | null {
  // "%PDF-" at byte 0 only: readers tolerate junk before it, and that junk is where a polyglot's
  // second format (HTML, ZIP) lives. lib/pdf/inspect then reads the whole file.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  return null;
}

/**
 * A safe display name: no path, no control characters, no bidirectional overrides (which make
 * "faktur\u202Efdp.exe" read as "fakturexe.pdf"), at most 150 characters, ending in ext.
 */
export function namaBerkasAman(original: string, ext: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f"\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, '').replace(/\.[^.]*$/, '').trim().slice(0, 140);
  return `${clean || 'berkas'}.${ext}`;
}
