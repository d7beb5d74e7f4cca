import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { firstValues, type QueryInput } from '@/lib/domain/input/query';
import { halamanDisposisiTerlambat } from '@/lib/services/disposisi/list-disposisi-terlambat';
import { DisposisiTerlambatList } from '@/components/disposisi/disposisi-terlambat-list';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { TautanLanjut } from '@/components/ui/tautan-lanjut';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Disposisi yang terlambat' };

/** Every overdue disposisi the actor's post gave, oldest deadline first, twenty a page. */
export default async function DisposisiTerlambatPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  const { setelah } = firstValues(await searchParams);
  const now = new Date();
  const page = await loadPage(() => halamanDisposisiTerlambat(actor, setelah, now));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { rows, nextCursor } = page.data;
  return (
    <>
      <TautanKembali href="/disposisi">Disposisi</TautanKembali>
      <PageHeader title="Disposisi yang terlambat" description="Yang diberikan jabatan Anda dan belum selesai ditindaklanjuti melewati batas waktunya, batas tertua dulu" />
      {rows.length === 0 ? (
        <EmptyState title={setelah ? 'Tidak ada lagi yang terlambat' : 'Tidak ada disposisi yang terlambat'}>Disposisi yang Anda berikan dan melewati batas waktunya akan tampil di sini.</EmptyState>
      ) : (
        <DisposisiTerlambatList rows={rows} now={now} />
      )}
      {nextCursor && (
        <TautanLanjut href={`?setelah=${nextCursor}`}>
          Berikutnya
        </TautanLanjut>
      )}
    </>
  );
}
