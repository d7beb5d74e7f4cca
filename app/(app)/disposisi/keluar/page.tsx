import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { firstValues, type QueryInput } from '@/lib/domain/input/query';
import { halamanDisposisiKeluar } from '@/lib/services/disposisi/list-disposisi-keluar';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { TautanLanjut } from '@/components/ui/tautan-lanjut';
import { LetterList } from '@/components/naskah/letter-list';
import { keluarTerlambat, labelPenerimaKeluar, ringkasanKeluar } from '@/lib/domain/disposisi/keluar';
import { formatTanggal } from '@/lib/domain/tanggal';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Disposisi yang Anda berikan' };

export default async function DisposisiKeluarPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  const { setelah } = firstValues(await searchParams);
  const now = new Date();
  const page = await loadPage(() => halamanDisposisiKeluar(actor, setelah));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { rows, nextCursor } = page.data;
  return (
    <>
      <TautanKembali href="/disposisi">Disposisi</TautanKembali>
      <PageHeader title="Disposisi yang Anda berikan" description="Yang diberikan jabatan Anda, terbaru dulu, dengan keadaan tiap penerima" />
      {rows.length === 0 ? (
        <EmptyState title={setelah ? 'Tidak ada disposisi lagi' : 'Belum ada disposisi yang Anda berikan'}>Disposisi yang Anda berikan dari halaman surat akan tampil di sini.</EmptyState>
      ) : (
        <LetterList
          label="Disposisi yang Anda berikan"
          rows={rows.map((r) => ({
            id: r.id,
            href: `/surat-masuk/${r.naskahId}`,
            title: r.perihal,
            subtitle: `Kepada ${r.penerima.map((p) => `${p.nama} (${labelPenerimaKeluar(r, p, now)})`).join(', ')}`,
            meta: [r.nomor && `Nomor ${r.nomor}`, r.instruksi.join(', '), r.batasWaktu && `batas ${formatTanggal(r.batasWaktu)}`].filter(Boolean).join(' · '),
            at: r.diberikan,
            status: ringkasanKeluar(r, now),
            overdue: keluarTerlambat(r, now),
          }))}
        />
      )}
      {nextCursor && (
        <TautanLanjut href={`?setelah=${nextCursor}`}>
          Disposisi berikutnya
        </TautanLanjut>
      )}
    </>
  );
}
