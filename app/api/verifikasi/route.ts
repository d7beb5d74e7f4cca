import { NextResponse } from 'next/server';
import { defineRoute } from '@/lib/actions/define-route';
import { clientAddress } from '@/lib/security/client-address';
import { limitVerifikasi } from '@/lib/security/rate-limit';
import { toJson } from '@/lib/services/verifikasi/result';
import { verifikasiUploadSchema } from '@/lib/services/verifikasi/upload-schema';
import { verifyUploadedPdf } from '@/lib/services/verifikasi/verify-uploaded-pdf';

// Public: anyone may check a signed PDF (multipart field "file", optional "kode"); counted per client address (429).
export const POST = defineRoute({ public: true, body: { type: 'form', schema: verifikasiUploadSchema } }, async ({ request, body }) => {
  await limitVerifikasi(clientAddress(request.headers));
  const pdf = new Uint8Array(await body.file.arrayBuffer());
  return NextResponse.json(toJson(await verifyUploadedPdf({ pdf, kode: body.kode })));
});
