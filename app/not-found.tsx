import type { Metadata } from 'next';
import { PublicNotFound } from '@/components/ui/not-found-panels';

export const metadata: Metadata = { title: 'Halaman tidak ditemukan' };

// Outside the signed-in layout (public pages such as /verifikasi/<kode>).
export default function NotFound() {
  return <PublicNotFound />;
}
