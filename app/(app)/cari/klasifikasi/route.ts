import { defineRoute } from '@/lib/actions/define-route';
import { klasifikasiPilihanSchema } from '@/lib/domain/klasifikasi/pilihan';
import { listKlasifikasiPilihan } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';

// Kode klasifikasi suggestions as the person types (components/klasifikasi/klasifikasi-arsip-input.tsx):
// a read, so a GET the form can fetch and abort on every pause in typing.
export const GET = defineRoute({ query: klasifikasiPilihanSchema }, async ({ actor, query }) => {
  const hasil = await listKlasifikasiPilihan(actor, query.teks);
  return Response.json({ ok: true, hasil }, { headers: { 'Cache-Control': 'private, no-store' } });
});
