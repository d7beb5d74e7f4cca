import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { NaskahWorklistPage } from '@/components/naskah/naskah-worklist-page';

export const metadata: Metadata = { title: 'Konsep' };

export default async function KonsepPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  return (
    <NaskahWorklistPage
      notice={query.dibatalkan === '1' ? 'Konsep dibatalkan. Anda dapat membukanya lagi dari daftar Dibatalkan.' : undefined}
      worklist="konsep"
      setelah={typeof query.setelah === 'string' ? query.setelah : undefined}
      title="Konsep"
      description="Naskah yang Anda susun dan posisinya dalam alur verifikasi"
      emptyTitle="Belum ada konsep naskah"
      emptyText="Mulai dengan tombol Buat naskah."
      hrefBase="/konsep"
      actions={
        <div className="flex items-center gap-2">
          <Link href="/konsep/dibatalkan" className="px-2 py-2 text-sm text-brand-700">
            Dibatalkan
          </Link>
          <Link href="/konsep/baru" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Buat naskah
          </Link>
        </div>
      }
    />
  );
}
