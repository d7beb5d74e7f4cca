import type { Metadata } from 'next';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Sudah Ditandatangani' };

export default async function SudahDitandatanganiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  return (
    <NaskahWorklistPage
      worklist="sudahDitandatangani"
      setelah={typeof query.setelah === 'string' ? query.setelah : undefined}
      title="Sudah Ditandatangani"
      description="Naskah yang Anda tandatangani, terbaru lebih dulu"
      emptyTitle="Belum ada naskah yang Anda tandatangani"
      emptyText="Naskah yang Anda tandatangani akan tampil di sini beserta nomornya."
      hrefBase="/tanda-tangan"
    />
  );
}
