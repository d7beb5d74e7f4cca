// The one answer for every route that returns a file. Uploaded files (scans, lampiran, tindak lanjut)
// are downloads: the app shows them itself through pdf.js, which fetches the bytes and runs no
// document script, so no browser viewer ever opens them inside the app's origin. Only PDFs the app
// rendered itself (pratinjau, lembar disposisi, the naskah it signed) may be inline, because the
// signing page frames them and phones open them in their viewer.

export interface ServedFile {
  bytes: Uint8Array;
  namaFile: string;
  /** The stored mime (from the content check at upload), never derived from the name. */
  mime: string;
  sha256?: string;
}

export interface ServeOptions {
  disposition?: 'attachment' | 'inline';
  /** 'self' only where an app page frames the file. */
  framing?: 'none' | 'self';
}

const SERVED_MIME = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export function fileResponse(file: ServedFile, { disposition = 'attachment', framing = 'none' }: ServeOptions = {}): Response {
  const headers: Record<string, string> = {
    'Content-Type': SERVED_MIME.has(file.mime) ? file.mime : 'application/octet-stream',
    'Content-Length': String(file.bytes.byteLength),
    'Content-Disposition': contentDisposition(disposition, file.namaFile),
    'X-Content-Type-Options': 'nosniff',
    // Even opened directly, the file gets an opaque origin: no script, no form, no plugin of its own.
    'Content-Security-Policy': `sandbox; default-src 'none'; frame-ancestors ${framing === 'self' ? "'self'" : "'none'"}`,
    'X-Frame-Options': framing === 'self' ? 'SAMEORIGIN' : 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'private, no-store',
  };
  if (file.sha256) headers.ETag = `"${file.sha256}"`;
  return new Response(Buffer.from(file.bytes), { headers });
}

// Characters that end a header line, hide or reorder text (bidi overrides), or split a path.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff\\/]/g;

/**
 * RFC 6266 with an RFC 5987 UTF-8 name, plus a plain ASCII fallback for old clients. A stored name
 * with CR/LF, quotes or semicolons cannot break out of the header.
 */
export function contentDisposition(disposition: 'attachment' | 'inline', namaFile: string): string {
  const clean = namaFile.replace(UNSAFE, '').trim().slice(0, 150) || 'berkas';
  const ascii = clean
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * unescaped; RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
