import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { errorToFormState } from '@/lib/actions/define-action';
import { LAMPIRAN_MAX_BYTES } from '@/lib/domain/naskah/konsep-schema';
import { uploadLampiran } from '@/lib/services/naskah/upload-lampiran';

// Lampiran go through a route, not a server action: PDFs are larger than the action body limit.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return Response.json({ ok: false, message: 'Sesi Anda berakhir. Masuk kembali.' }, { status: 401 });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return Response.json({ ok: false, message: 'Naskah tidak dikenal.' }, { status: 404 });
  if (Number(request.headers.get('content-length') ?? 0) > LAMPIRAN_MAX_BYTES + 64 * 1024) {
    return Response.json({ ok: false, message: 'Lampiran paling besar 10 MB.' }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get('berkas');
  if (!(file instanceof File)) return Response.json({ ok: false, message: 'Pilih berkas PDF.' }, { status: 400 });
  try {
    await uploadLampiran(actor, { naskahId: id, namaFile: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json({ ok: true, message: `${file.name} terunggah.` });
  } catch (error) {
    const state = errorToFormState(error);
    return Response.json({ ok: false, message: state.message }, { status: 400 });
  }
}
