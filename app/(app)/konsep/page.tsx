import type { Metadata } from 'next';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Konsep' };

export default function KonsepPage() {
  return (
    <NaskahWorklistPage
      worklist="konsep"
      title="Konsep"
      description="Naskah yang Anda susun dan posisinya dalam alur verifikasi"
      emptyTitle="Belum ada konsep naskah"
      emptyText="Konsep naskah dinas yang Anda susun akan tampil di sini."
    />
  );
}
