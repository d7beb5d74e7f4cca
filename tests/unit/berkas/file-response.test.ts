import { describe, expect, it } from 'vitest';
import { contentDisposition, fileResponse } from '@/lib/http/file-response';

const pdf = new Uint8Array(Buffer.from('%PDF-1.7\n'));

describe('fileResponse', () => {
  it('serves an upload as a sandboxed, unsniffable, uncached download', async () => {
    const res = fileResponse({ bytes: pdf, namaFile: 'surat.pdf', mime: 'application/pdf', sha256: 'ab' });
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': '9',
      'content-disposition': `attachment; filename="surat.pdf"; filename*=UTF-8''surat.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'cache-control': 'private, no-store',
      etag: '"ab"',
    });
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
  });

  it('frames an app-rendered PDF only for the app itself, still sandboxed', () => {
    const res = fileResponse({ bytes: pdf, namaFile: 'naskah.pdf', mime: 'application/pdf' }, { disposition: 'inline', framing: 'self' });
    expect(res.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'; frame-ancestors 'self'");
  });

  it('takes the type from the stored mime, and anything unexpected becomes an opaque download', () => {
    expect(fileResponse({ bytes: pdf, namaFile: 'foto.pdf', mime: 'image/png' }).headers.get('content-type')).toBe('image/png');
    expect(fileResponse({ bytes: pdf, namaFile: 'x.html', mime: 'text/html' }).headers.get('content-type')).toBe('application/octet-stream');
  });
});

describe('contentDisposition', () => {
  it.each([
    ['a CR/LF header injection', 'a.pdf\r\nSet-Cookie: x=1', `attachment; filename="a.pdfSet-Cookie: x=1"; filename*=UTF-8''a.pdfSet-Cookie%3A%20x%3D1`],
    ['quotes and a semicolon', 'a";b.pdf', `attachment; filename="a__b.pdf"; filename*=UTF-8''a%22%3Bb.pdf`],
    ['a path', '../../etc/passwd', `attachment; filename="....etcpasswd"; filename*=UTF-8''....etcpasswd`],
    ['Indonesian and other non-ASCII text', 'Undangan Rapat – Bupati.pdf', `attachment; filename="Undangan Rapat _ Bupati.pdf"; filename*=UTF-8''Undangan%20Rapat%20%E2%80%93%20Bupati.pdf`],
    ['accents folded in the fallback', 'Résumé (1).pdf', `attachment; filename="Resume (1).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%281%29.pdf`],
    ['a bidi override', 'faktur\u202Efdp.exe', `attachment; filename="fakturfdp.exe"; filename*=UTF-8''fakturfdp.exe`],
    ['nothing left', '\r\n', `attachment; filename="berkas"; filename*=UTF-8''berkas`],
  ])('%s', (_name, nama, expected) => {
    const header = contentDisposition('attachment', nama);
    expect(header).toBe(expected);
    expect(() => new Headers({ 'Content-Disposition': header })).not.toThrow();
  });
});
