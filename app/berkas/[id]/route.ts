import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { getBerkasFile } from '@/lib/services/berkas/get-berkas-file';

/** Streams a scan or attachment inline, after the same visibility check as the letter itself. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ request, actor, params }) => {
  const file = await getBerkasFile(actor, params.id);
  const download = new URL(request.url).searchParams.has('unduh');
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.namaFile)}`,
      'Cache-Control': 'private, no-store',
      ETag: `"${file.sha256}"`,
      // Shown in the letter page's frame on desktop; never framed by another site.
      'X-Frame-Options': 'SAMEORIGIN',
      'Content-Security-Policy': "frame-ancestors 'self'",
    },
  });
});
