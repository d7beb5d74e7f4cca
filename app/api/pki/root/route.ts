// GET /api/pki/root: the mock CA's root certificate (PEM), to trust in a verifier.
import { loadCa } from '@/lib/signing/mock-ca/ca-store';

export async function GET(): Promise<Response> {
  const ca = await loadCa();
  return new Response(ca.root.certificate.toString('pem') + '\n', {
    headers: { 'content-type': 'application/x-pem-file', 'content-disposition': 'attachment; filename="mock-root-ca.pem"', 'cache-control': 'public, max-age=3600' },
  });
}
