import { NextResponse } from 'next/server';
import { NotFoundError } from '@/lib/domain/errors';
import { toJson } from '@/lib/services/verifikasi/result';
import { verifyNaskahByKode } from '@/lib/services/verifikasi/verify-naskah-by-kode';

// Public: the JSON behind the QR link of a signed naskah.
export async function GET(_request: Request, { params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  try {
    return NextResponse.json(toJson(await verifyNaskahByKode({ kode })));
  } catch (error) {
    if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
    console.error('[verifikasi]', error instanceof Error ? error.name : 'error');
    return NextResponse.json({ error: 'Pemeriksaan gagal karena kesalahan di server. Coba lagi.' }, { status: 500 });
  }
}
