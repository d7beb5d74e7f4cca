import type { Metadata } from 'next';
import { SignedInNotFound } from '@/components/ui/not-found-panels';

export const metadata: Metadata = { title: 'Halaman tidak ditemukan' };

// Inside the signed-in layout: a wrong or stale link keeps the navigation around it.
export default function NotFound() {
  return <SignedInNotFound />;
}
