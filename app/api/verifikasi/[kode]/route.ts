import { NextResponse } from 'next/server';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';
import { clientAddress } from '@/lib/security/client-address';
import { limitVerifikasi } from '@/lib/security/rate-limit';
import { NotFoundError } from '@/lib/domain/errors';
import { toJson } from '@/lib/services/verifikasi/result';
import { verifyNaskahByKode } from '@/lib/services/verifikasi/verify-naskah-by-kode';

// Public: the JSON behind the QR link of a signed naskah.
export async function GET(request: Request, { params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  try {
    await limitVerifikasi(clientAddress(request.headers));
    return NextResponse.json(toJson(await verifyNaskahByKode({ kode })));
  } catch (error) {
    if (error instanceof TooManyAttemptsError) return NextResponse.json({ error: error.message }, { status: 429 });
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    console.error('[verifikasi]', error instanceof Error ? error.name : 'error');
    return NextResponse.json({ error: 'Pemeriksaan gagal karena kesalahan di server. Coba lagi.' }, { status: 500 });
  }
}
