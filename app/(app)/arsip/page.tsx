import type { Metadata } from 'next';
import Link from 'next/link';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Arsip' };

export default function ArsipPage() {
  return (
    <NaskahWorklistPage
      worklist="arsip"
      title="Arsip"
      description="Naskah yang sudah ditandatangani, yang Anda susun atau tandatangani"
      emptyTitle="Arsip masih kosong"
      emptyText="Naskah yang sudah ditandatangani akan tersimpan di sini."
      actions={<Link href="/arsip/daftar" className="text-sm font-semibold text-brand-700 underline">Daftar Arsip Aktif unit</Link>}
    />
  );
}
