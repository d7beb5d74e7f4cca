// GET /api/pki/crl: the mock CA's current CRL (DER), as named in its certificates' CRL distribution point.
import { buildCrl } from '@/lib/signing/mock-ca/crl';
import { derResponse } from '@/lib/signing/mock-ca/http';

export async function GET(): Promise<Response> {
  return derResponse(await buildCrl(), 'application/pkix-crl', 300);
}
