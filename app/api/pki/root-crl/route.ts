// GET /api/pki/root-crl: the mock root's CRL (DER), as named in the issuing CA certificate's CRL distribution point.
import { defineRoute } from '@/lib/actions/define-route';
import { buildRootCrl } from '@/lib/signing/mock-ca/crl';
import { derResponse } from '@/lib/signing/mock-ca/http';

export const GET = defineRoute({ public: true, errors: 'text' }, async () => derResponse(await buildRootCrl(), 'application/pkix-crl', 300));
