import type { Metadata } from 'next';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Perlu Verifikasi' };

export default function PerluVerifikasiPage() {
  return (
    <NaskahWorklistPage
      worklist="verifikasi"
      title="Perlu Verifikasi"
      description="Konsep naskah yang menunggu paraf Anda"
      emptyTitle="Tidak ada naskah yang menunggu paraf Anda"
      emptyText="Konsep dari bawahan Anda akan tampil di sini saat giliran Anda."
      hrefBase="/perlu-verifikasi"
    />
  );
}
