// POST /api/pki/ocsp: the mock CA's OCSP responder (RFC 6960), as named in its certificates' AIA.
import { defineRoute } from '@/lib/actions/define-route';
import { badRequest, derResponse, readDerBody } from '@/lib/signing/mock-ca/http';
import { respondToOcspRequest } from '@/lib/signing/mock-ca/ocsp';

export const POST = defineRoute({ public: true, errors: 'text' }, async ({ request }) => {
  const body = await readDerBody(request, 'application/ocsp-request');
  if (!body) return badRequest('Kirim OCSPRequest DER dengan Content-Type application/ocsp-request.');
  return derResponse(await respondToOcspRequest(body), 'application/ocsp-response');
});
