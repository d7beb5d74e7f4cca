// GET /api/pki/root-crl: the mock root's CRL (DER), as named in the issuing CA certificate's CRL distribution point.
import { buildRootCrl } from '@/lib/signing/mock-ca/crl';
import { derResponse } from '@/lib/signing/mock-ca/http';

export async function GET(): Promise<Response> {
  return derResponse(await buildRootCrl(), 'application/pkix-crl', 300);
}
