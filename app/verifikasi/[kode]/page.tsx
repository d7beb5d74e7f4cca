import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { headers } from 'next/headers';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';
import { clientAddress } from '@/lib/security/client-address';
import { limitVerifikasi } from '@/lib/security/rate-limit';
import { z } from 'zod';
import { pageParams } from '@/lib/actions/load-page';
import { NotFoundError } from '@/lib/domain/errors';
import { toJson } from '@/lib/services/verifikasi/result';
import { KODE_VERIFIKASI_PATTERN, verifyNaskahByKode } from '@/lib/services/verifikasi/verify-naskah-by-kode';
import { HasilVerifikasi } from '@/components/verifikasi/hasil-verifikasi';
import { PublicShell } from '@/components/verifikasi/public-shell';
import { UploadForm } from '@/components/verifikasi/upload-form';

export const metadata: Metadata = { title: 'Verifikasi Dokumen' };

// The QR link on a signed naskah: the archived document's verification, then a way to check that
// the copy the visitor holds is exactly that document.
const kodeParams = z.object({ kode: z.string().regex(KODE_VERIFIKASI_PATTERN) });

export default async function VerifikasiKodePage({ params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await pageParams(params, kodeParams);
  let hasil;
  try {
    await limitVerifikasi(clientAddress(await headers()));
    hasil = toJson(await verifyNaskahByKode({ kode }));
  } catch (error) {
    if (!(error instanceof NotFoundError || error instanceof TooManyAttemptsError)) throw error;
    return (
      <PublicShell>
        <h1 className="text-xl font-bold text-slate-900">{error instanceof NotFoundError ? 'Dokumen tidak ditemukan' : 'Terlalu banyak pemeriksaan'}</h1>
        <p className="mt-2 text-sm text-slate-700">{error.message}</p>
        <Link href="/verifikasi" className="mt-4 inline-block text-sm font-semibold text-brand-700 underline">
          Periksa berkas PDF secara langsung
        </Link>
      </PublicShell>
    );
  }
  return (
    <PublicShell>
      <h1 className="mb-3 text-xl font-bold text-slate-900">Hasil verifikasi naskah</h1>
      <HasilVerifikasi hasil={hasil} />
      <h2 className="mt-6 text-base font-semibold text-slate-900">Cocokkan dengan berkas yang Anda terima</h2>
      <p className="mb-3 text-sm text-slate-600">Unggah berkas PDF yang Anda terima untuk memastikan berkas itu sama persis dengan naskah di atas.</p>
      <UploadForm kode={kode} label="Cocokkan berkas" />
    </PublicShell>
  );
}
