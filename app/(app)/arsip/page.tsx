import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Arsip' };

export default async function ArsipPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  return (
    <NaskahWorklistPage
      worklist="arsip"
      setelah={typeof query.setelah === 'string' ? query.setelah : undefined}
      title="Arsip"
      description="Naskah yang sudah ditandatangani, yang Anda susun atau tandatangani, terbaru lebih dulu"
      emptyTitle="Arsip masih kosong"
      emptyText="Naskah yang sudah ditandatangani akan tersimpan di sini."
      hrefBase="peran"
      actions={<Link href="/arsip/daftar" className="text-sm font-semibold text-brand-700 underline">Daftar Arsip Aktif unit</Link>}
    />
  );
}
