import type { Metadata } from 'next';
import { PublicShell } from '@/components/verifikasi/public-shell';
import { ErrorPanel } from '@/components/ui/error-panel';

export const metadata: Metadata = { title: 'Halaman tidak ditemukan' };

// Outside the signed-in layout (public pages such as /verifikasi/<kode>).
export default function NotFound() {
  return (
    <PublicShell>
      <ErrorPanel code="404" title="Halaman tidak ditemukan">
        Alamat yang Anda buka tidak ada atau sudah tidak berlaku. Periksa kembali tautan atau kode QR pada dokumen.
      </ErrorPanel>
    </PublicShell>
  );
}
