// POST /api/pki/tsa: the mock CA's RFC 3161 time-stamp authority.
import { defineRoute } from '@/lib/actions/define-route';
import { badRequest, derResponse, readDerBody } from '@/lib/signing/mock-ca/http';
import { respondToTimeStampRequest } from '@/lib/signing/mock-ca/tsa';

export const POST = defineRoute({ public: true, errors: 'text' }, async ({ request }) => {
  const body = await readDerBody(request, 'application/timestamp-query');
  if (!body) return badRequest('Kirim TimeStampReq DER dengan Content-Type application/timestamp-query.');
  return derResponse(await respondToTimeStampRequest(body), 'application/timestamp-reply');
});
