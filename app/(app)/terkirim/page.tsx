import type { Metadata } from 'next';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Terkirim' };

export default async function TerkirimPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  return (
    <NaskahWorklistPage
      worklist="terkirim"
      setelah={typeof query.setelah === 'string' ? query.setelah : undefined}
      title="Terkirim"
      description="Naskah yang Anda susun dan sudah ditandatangani serta dikirim, terbaru lebih dulu"
      emptyTitle="Belum ada naskah terkirim"
      emptyText="Naskah Anda tampil di sini setelah ditandatangani dan dikirim."
      hrefBase="/konsep"
    />
  );
}
