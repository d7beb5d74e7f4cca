// GET /api/pki/root: the mock CA's root certificate (PEM), to trust in a verifier.
import { defineRoute } from '@/lib/actions/define-route';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';

export const GET = defineRoute({ public: true, errors: 'text' }, async () => {
  const ca = await loadCa();
  return new Response(ca.root.certificate.toString('pem') + '\n', {
    headers: { 'content-type': 'application/x-pem-file', 'content-disposition': 'attachment; filename="mock-root-ca.pem"', 'cache-control': 'public, max-age=3600' },
  });
});
