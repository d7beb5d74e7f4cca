import { NextResponse } from 'next/server';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';
import { clientAddress } from '@/lib/security/client-address';
import { limitVerifikasi } from '@/lib/security/rate-limit';
import { DomainError } from '@/lib/domain/errors';
import { toJson } from '@/lib/services/verifikasi/result';
import { verifikasiUploadSchema } from '@/lib/services/verifikasi/upload-schema';
import { verifyUploadedPdf } from '@/lib/services/verifikasi/verify-uploaded-pdf';

// Public: anyone may check a signed PDF (multipart field "file", optional "kode").
export async function POST(request: Request) {
  try {
    await limitVerifikasi(clientAddress(request.headers));
  } catch (error) {
    if (error instanceof TooManyAttemptsError) return NextResponse.json({ error: error.message }, { status: 429 });
    throw error;
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ error: 'Kirim berkas sebagai multipart/form-data dengan field "file".' }, { status: 400 });
  }
  const parsed = verifikasiUploadSchema.safeParse({ file: form.get('file'), kode: form.get('kode') ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? 'Isian tidak valid.' }, { status: 400 });
  try {
    const pdf = new Uint8Array(await parsed.data.file.arrayBuffer());
    return NextResponse.json(toJson(await verifyUploadedPdf({ pdf, kode: parsed.data.kode })));
  } catch (error) {
    if (error instanceof DomainError) return NextResponse.json({ error: error.message }, { status: 400 });
    console.error('[verifikasi]', error instanceof Error ? error.name : 'error');
    return NextResponse.json({ error: 'Pemeriksaan gagal karena kesalahan di server. Coba lagi.' }, { status: 500 });
  }
}
