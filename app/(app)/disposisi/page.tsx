import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { can } from '@/lib/authz/policy';
import Link from '@/components/ui/link';
import { firstValues, type QueryInput } from '@/lib/domain/input/query';
import { halamanDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { ringkasDisposisiTerlambat } from '@/lib/services/disposisi/list-disposisi-terlambat';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { TautanLanjut } from '@/components/ui/tautan-lanjut';
import { LetterList } from '@/components/naskah/letter-list';
import { DisposisiTerlambatList } from '@/components/disposisi/disposisi-terlambat-list';
import { isOverdue, labelStatusDisposisi } from '@/lib/domain/disposisi/status';
import { formatTanggal } from '@/lib/domain/tanggal';

export const metadata: Metadata = { title: 'Disposisi' };

export default async function DisposisiPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  const { setelah } = firstValues(await searchParams);
  const now = new Date();
  // The oldest overdue ones the actor gave are shown under the first page only.
  const page = await loadPage(async () => {
    const [masuk, terlambat] = await Promise.all([halamanDisposisiMasuk(actor, setelah), setelah ? { rows: [], adaLagi: false } : ringkasDisposisiTerlambat(actor, now)]);
    return { masuk, terlambat };
  });
  if (!page.ok) return <Forbidden message={page.message} />;
  const {
    masuk: { rows: masuk, nextCursor },
    terlambat: { rows: terlambat, adaLagi: terlambatLagi },
  } = page.data;
  return (
    <>
      <PageHeader title="Disposisi" description="Disposisi yang diberikan kepada jabatan Anda" />
      {can(actor, 'disposisi.give') && (
        <Link href="/disposisi/keluar" className="-mt-2 mb-3 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
          Disposisi yang Anda berikan →
        </Link>
      )}
      {masuk.length === 0 ? (
        <EmptyState title={setelah ? 'Tidak ada disposisi lagi' : 'Belum ada disposisi'}>Disposisi dari atasan akan tampil di sini beserta batas waktunya.</EmptyState>
      ) : (
        <LetterList
          label="Daftar disposisi"
          rows={masuk.map((r) => ({
            id: r.id,
            href: `/surat-masuk/${r.naskahId}`,
            title: r.perihal,
            subtitle: `Dari ${r.dari}`,
            meta: [r.instruksi.join(', '), r.batasWaktu && `batas ${formatTanggal(r.batasWaktu)}`].filter(Boolean).join(' · '),
            at: r.diterima,
            unread: r.status === 'BELUM_DIBACA',
            status: labelStatusDisposisi(r.status, r.batasWaktu, now),
            overdue: isOverdue(r.status, r.batasWaktu, now),
          }))}
        />
      )}
      {nextCursor && (
        <TautanLanjut href={`?setelah=${nextCursor}`}>
          Disposisi berikutnya
        </TautanLanjut>
      )}
      {terlambat.length > 0 && (
        <section className="mt-6" aria-labelledby="terlambat-heading">
          <h2 id="terlambat-heading" className="mb-2 text-base font-bold text-red-800">
            Disposisi Anda yang terlambat ditindaklanjuti
          </h2>
          <DisposisiTerlambatList rows={terlambat} now={now} />
          {terlambatLagi && (
            <TautanLanjut href="/disposisi/terlambat">
              Lihat semua yang terlambat
            </TautanLanjut>
          )}
        </section>
      )}
    </>
  );
}
