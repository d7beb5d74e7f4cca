import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import Link from '@/components/ui/link';
import { firstValues, type QueryInput } from '@/lib/domain/input/query';
import { halamanDisposisiKeluar, type DisposisiKeluar } from '@/lib/services/disposisi/list-disposisi-keluar';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { LetterList } from '@/components/naskah/letter-list';
import { isOverdue, labelStatusDisposisi } from '@/lib/domain/disposisi/status';
import { formatTanggal } from '@/lib/domain/tanggal';

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
      <Link href="/disposisi" className="-ml-2 inline-flex min-h-11 items-center px-2 text-sm font-medium text-brand-700">
        ← Disposisi
      </Link>
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
            subtitle: `Kepada ${r.penerima.map((p) => `${p.nama} (${labelPenerima(r, p, now)})`).join(', ')}`,
            meta: [r.nomor && `Nomor ${r.nomor}`, r.instruksi.join(', '), r.batasWaktu && `batas ${formatTanggal(r.batasWaktu)}`].filter(Boolean).join(' · '),
            at: r.diberikan,
            status: ringkasan(r, now),
            overdue: !r.ditarikAt && terlambat(r, now),
          }))}
        />
      )}
      {nextCursor && (
        <Link href={`?setelah=${nextCursor}`} className="mt-3 block rounded-lg border border-slate-300 bg-white px-4 py-3 text-center text-sm font-semibold text-brand-700">
          Disposisi berikutnya
        </Link>
      )}
    </>
  );
}

const batasPenerima = (p: DisposisiKeluar['penerima'][number]) => (p.batasWaktu ? new Date(p.batasWaktu) : null);

function labelPenerima(r: DisposisiKeluar, p: DisposisiKeluar['penerima'][number], now: Date): string {
  return (r.ditarikAt ? 'ditarik' : labelStatusDisposisi(p.status, batasPenerima(p), now)).toLowerCase();
}

/** The row's badge, readable where a phone cuts the recipients' line: the state that needs the giver first. */
function ringkasan(r: DisposisiKeluar, now: Date): string {
  if (r.ditarikAt) return 'Ditarik';
  if (terlambat(r, now)) return 'Terlambat';
  if (r.penerima.length === 1) return labelPenerima(r, r.penerima[0]!, now).replace(/^./, (c) => c.toUpperCase());
  const belum = r.penerima.filter((p) => p.status === 'BELUM_DIBACA').length;
  if (belum > 0) return `${belum} dari ${r.penerima.length} belum dibaca`;
  return r.penerima.every((p) => p.status === 'DITINDAKLANJUTI' || p.status === 'SELESAI') ? 'Semua menindaklanjuti' : 'Semua sudah membaca';
}

function terlambat(r: DisposisiKeluar, now: Date): boolean {
  return r.penerima.some((p) => isOverdue(p.status, batasPenerima(p), now));
}
