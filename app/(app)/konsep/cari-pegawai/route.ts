import { findCurrentActor } from '@/lib/actions/current-actor';
import { errorToFormState } from '@/lib/actions/define-action';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { searchPegawaiPetugas } from '@/lib/services/naskah/search-pegawai-petugas';

// Search-as-you-type for the petugas of a Surat Tugas / Surat Perintah: a read, so a GET the
// editor can fetch (and abort) on every pause in typing, rather than a form-state server action.
export async function GET(request: Request) {
  const actor = await findCurrentActor();
  if (!actor) return Response.json({ ok: false, message: 'Sesi Anda berakhir. Masuk kembali.' }, { status: 401 });
  const q = new URL(request.url).searchParams.get('q') ?? '';
  try {
    const hasil = await searchPegawaiPetugas(actor, { q });
    return Response.json({ ok: true, hasil }, { headers: { 'Cache-Control': 'private, no-store' } });
  } catch (error) {
    const state = errorToFormState(error);
    return Response.json({ ok: false, message: state.message }, { status: error instanceof ForbiddenError ? 403 : error instanceof DomainError ? 400 : 500 });
  }
}
