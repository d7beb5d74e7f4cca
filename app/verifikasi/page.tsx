import type { Metadata } from 'next';
import { PublicShell } from '@/components/verifikasi/public-shell';
import { UploadForm } from '@/components/verifikasi/upload-form';

export const metadata: Metadata = { title: 'Verifikasi Dokumen' };

export default function VerifikasiPage() {
  return (
    <PublicShell>
      <h1 className="text-xl font-bold text-slate-900">Periksa keaslian dokumen</h1>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        Unggah berkas PDF naskah dinas untuk memeriksa tanda tangan elektroniknya: siapa yang menandatangani, kapan, apakah
        sertifikatnya tepercaya, dan apakah isi dokumen berubah setelah ditandatangani.
      </p>
      <UploadForm />
    </PublicShell>
  );
}
