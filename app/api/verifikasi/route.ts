import { NextResponse } from 'next/server';
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { RequestError } from '@/lib/actions/error-status';
import { INVALID_BODY_MESSAGE } from '@/lib/actions/route-handler';
import { DomainError } from '@/lib/domain/errors';
import { clientAddress } from '@/lib/security/client-address';
import { limitVerifikasi } from '@/lib/security/rate-limit';
import { toJson } from '@/lib/services/verifikasi/result';
import { verifikasiUploadSchema } from '@/lib/services/verifikasi/upload-schema';
import { verifyUploadedPdf } from '@/lib/services/verifikasi/verify-uploaded-pdf';
import { readRequestForm } from '@/lib/untrusted/read-request-form';
import { BUSY_RETRY_AFTER_SECONDS, UntrustedTaskError } from '@/lib/untrusted/worker-pool';

// Public: anyone may check a signed PDF (multipart field "file", optional "kode"); counted per client
// address (429). The body is not parsed by defineRoute: a 20 MB form is read and hashed in the
// untrusted-file worker pool, off the event loop, then validated here with the same zod rules.
export const POST = defineRoute({ public: true }, async ({ request }) => {
  await limitVerifikasi(clientAddress(request.headers));
  try {
    const form = await readRequestForm(request);
    if (!form) throw new RequestError(400, INVALID_BODY_MESSAGE);
    const parsed = verifikasiUploadSchema.safeParse({ ...form.fields, ...form.files });
    if (!parsed.success) {
      throw new RequestError(400, parsed.error.issues[0]?.message ?? INVALID_BODY_MESSAGE, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    const { file, kode } = parsed.data;
    return NextResponse.json(toJson(await verifyUploadedPdf({ pdf: file.bytes, sha256: file.sha256, kode })));
  } catch (error) {
    if (!(error instanceof UntrustedTaskError)) throw error;
    // The form could not be read within the pool's budget: a refusal of this file, said why.
    if (error.failure !== 'BUSY') throw new DomainError(`Berkas tidak dapat diperiksa. ${error.message}`);
    // Every worker busy and the queue full: load, not bad input, so 429 with a time to come back.
    return NextResponse.json({ ok: false, message: error.message }, { status: 429, headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } });
  }
});
