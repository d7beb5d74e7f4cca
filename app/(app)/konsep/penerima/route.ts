import { defineRoute } from '@/lib/actions/define-route';
import { penerimaPilihanSchema } from '@/lib/domain/naskah/konsep-schema';
import { listPenerimaPilihan } from '@/lib/services/naskah/list-penerima-pilihan';

// Tujuan and tembusan suggestions as the drafter types (components/naskah/penerima-picker.tsx): a
// read, so a GET the editor can fetch and abort on every pause in typing.
export const GET = defineRoute({ query: penerimaPilihanSchema }, async ({ actor, query }) => {
  const hasil = await listPenerimaPilihan(actor, query.teks);
  return Response.json({ ok: true, hasil }, { headers: { 'Cache-Control': 'private, no-store' } });
});
