// GET /api/pki/issuer: the issuing CA's certificate (DER), the "CA issuers" address in the AIA.
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { derResponse } from '@/lib/signing/mock-ca/http';

export async function GET(): Promise<Response> {
  return derResponse((await loadCa()).issuing.der, 'application/pkix-cert', 3600);
}
