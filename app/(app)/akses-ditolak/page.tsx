import type { Metadata } from 'next';
import { NOT_FOUND_MESSAGE } from '@/lib/actions/error-status';
import { Forbidden } from '@/components/ui/forbidden';

export const metadata: Metadata = { title: 'Akses ditolak' };

// Where a file or PDF route sends a person it refused (lib/actions/page-navigation.ts). One fixed
// message: it says neither whether the thing exists nor what it was.
export default function AksesDitolakPage() {
  return <Forbidden message={NOT_FOUND_MESSAGE} />;
}
