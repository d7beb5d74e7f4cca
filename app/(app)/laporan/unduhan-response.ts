// A report download: always an attachment, never cached, never sniffed. (lib/http/file-response
// serves only PDFs and images, so spreadsheets get their own Content-Type here.)
import { contentDisposition } from '@/lib/http/file-response';
import type { BerkasEkspor } from '@/lib/services/laporan/ekspor-berkas';

export function unduhanResponse(file: BerkasEkspor): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': contentDisposition('attachment', file.namaFile),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'; frame-ancestors 'none'",
      'Cache-Control': 'private, no-store',
    },
  });
}
