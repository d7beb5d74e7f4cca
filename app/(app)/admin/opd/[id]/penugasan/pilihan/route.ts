import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { pilihanPenugasanSchema } from '@/lib/domain/admin/schemas';
import { cariPilihanPenugasan } from '@/lib/services/admin/cari-pilihan-penugasan';

// Search-as-you-type for the "Tugaskan pegawai" form's pegawai and jabatan: a read, so a GET the
// field fetches (and aborts) on every pause in typing.
export const GET = defineRoute({ params: idParams, query: pilihanPenugasanSchema }, async ({ actor, params, query }) => {
  const hasil = await cariPilihanPenugasan(actor, params.id, query);
  return Response.json({ ok: true, hasil }, { headers: { 'Cache-Control': 'private, no-store' } });
});
