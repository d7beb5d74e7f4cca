// GET /api/pki/crl: the mock CA's current CRL (DER), as named in its certificates' CRL distribution point.
import { defineRoute } from '@/lib/actions/define-route';
import { buildCrl } from '@/lib/signing/mock-ca/crl';
import { derResponse } from '@/lib/signing/mock-ca/http';

export const GET = defineRoute({ public: true, errors: 'text' }, async () => derResponse(await buildCrl(), 'application/pkix-crl', 300));
