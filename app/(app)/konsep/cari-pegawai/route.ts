import { defineRoute } from '@/lib/actions/define-route';
import { cariPegawaiSchema } from '@/lib/domain/naskah/petugas';
import { searchPegawaiPetugas } from '@/lib/services/naskah/search-pegawai-petugas';

// Search-as-you-type for the petugas of a Surat Tugas / Surat Perintah: a read, so a GET the
// editor can fetch (and abort) on every pause in typing, rather than a form-state server action.
export const GET = defineRoute({ query: cariPegawaiSchema }, async ({ actor, query }) => {
  const hasil = await searchPegawaiPetugas(actor, query);
  return Response.json({ ok: true, hasil }, { headers: { 'Cache-Control': 'private, no-store' } });
});
