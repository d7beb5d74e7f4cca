import type { Metadata } from 'next';
import { ErrorPanel } from '@/components/ui/error-panel';

export const metadata: Metadata = { title: 'Halaman tidak ditemukan' };

// Inside the signed-in layout: a wrong or stale link keeps the navigation around it.
export default function NotFound() {
  return (
    <ErrorPanel code="404" title="Halaman tidak ditemukan">
      Alamat yang Anda buka tidak ada, sudah dipindahkan, atau datanya tidak dapat Anda buka. Periksa tautannya atau kembali ke Beranda.
    </ErrorPanel>
  );
}
