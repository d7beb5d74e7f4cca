import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Konsep dibatalkan' };

export default function KonsepDibatalkanPage() {
  return (
    <NaskahWorklistPage
      worklist="dibatalkan"
      title="Konsep dibatalkan"
      description="Konsep yang Anda batalkan; riwayat versinya tetap dapat dibuka"
      emptyTitle="Tidak ada konsep yang dibatalkan"
      emptyText="Konsep yang dibatalkan akan tampil di sini."
      hrefBase="/konsep"
      actions={
        <Link href="/konsep" className="inline-flex min-h-11 items-center px-2 text-sm text-brand-700">
          ← Konsep
        </Link>
      }
    />
  );
}
