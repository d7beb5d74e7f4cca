import type { Metadata } from 'next';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Perlu Tanda Tangan' };

export default function TandaTanganPage() {
  return (
    <NaskahWorklistPage
      worklist="tandaTangan"
      title="Perlu Tanda Tangan"
      description="Naskah yang sudah diparaf dan menunggu tanda tangan elektronik Anda"
      emptyTitle="Tidak ada naskah yang menunggu tanda tangan"
      emptyText="Naskah yang sudah selesai diverifikasi akan tampil di sini."
      hrefBase="/perlu-verifikasi"
    />
  );
}
