// GET /api/pki/issuer: the issuing CA's certificate (DER), the "CA issuers" address in the AIA.
import { defineRoute } from '@/lib/actions/define-route';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { derResponse } from '@/lib/signing/mock-ca/http';

export const GET = defineRoute({ public: true, errors: 'text' }, async () => derResponse((await loadCa()).issuing.der, 'application/pkix-cert', 3600));
