import type { Metadata } from 'next';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Perlu Verifikasi' };

const DONE: Record<string, string> = { paraf: 'Paraf tersimpan.', dikembalikan: 'Naskah dikembalikan kepada pengonsep.' };

export default async function PerluVerifikasiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const done = Object.keys(DONE).find((k) => query[k] === '1');
  return (
    <NaskahWorklistPage
      notice={done ? DONE[done] : undefined}
      worklist="verifikasi"
      setelah={typeof query.setelah === 'string' ? query.setelah : undefined}
      title="Perlu Verifikasi"
      description="Konsep naskah yang menunggu paraf Anda"
      emptyTitle="Tidak ada naskah yang menunggu paraf Anda"
      emptyText="Konsep dari bawahan Anda akan tampil di sini saat giliran Anda."
      hrefBase="/perlu-verifikasi"
    />
  );
}
