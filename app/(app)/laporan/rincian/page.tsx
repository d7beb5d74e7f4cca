import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { laporanFilterSchema, resolveFilter } from '@/lib/domain/laporan/periode';
import { rincianSchema } from '@/lib/domain/laporan/rincian';
import { formatRentangHari, formatTanggalJam } from '@/lib/domain/tanggal';
import { listRincian } from '@/lib/services/laporan/list-rincian';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { filterQuery, rincianHref } from '../query';

export const metadata: Metadata = { title: 'Rincian laporan' };

const querySchema = laporanFilterSchema.extend(rincianSchema.partial({ rincian: true }).shape);

export default async function RincianPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  const now = new Date();
  const { data, notice } = parseQuery(querySchema, await searchParams);
  const filter = resolveFilter(data, now);
  const { rincian } = data;
  // Opened without a chosen figure (a bookmark, the address typed): nothing is refused, so no "Akses ditolak".
  if (!rincian)
    return (
      <>
        <PageHeader title="Rincian laporan" />
        <EmptyState title="Belum ada angka yang dipilih">
          Pilih salah satu angka di{' '}
          <Link href="/laporan" className="font-semibold text-brand-700 underline">
            halaman Laporan
          </Link>{' '}
          untuk melihat rinciannya.
        </EmptyState>
      </>
    );
  const input = { rincian, nilai: data.nilai, kelompok: data.kelompok, jabatan: data.jabatan, halaman: data.halaman };
  const page = await loadPage(() => listRincian(actor, filter, input, now));
  if (!page.ok) return <Forbidden message={page.message} />;
  const r = page.data;
  const here = { rincian, nilai: data.nilai, kelompok: data.kelompok, jabatan: data.jabatan };

  return (
    <>
      <PageHeader title={r.judul} description={formatRentangHari(filter.dari, filter.sampai)}>
        <Link href={`/laporan?${filterQuery(filter)}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700">
          Kembali ke laporan
        </Link>
      </PageHeader>
      {notice && <Notice>{notice}</Notice>}
      <p className="mb-3 text-xs text-slate-600">
        Surat berklasifikasi Rahasia dan Sangat Rahasia hanya tercantum bila Anda berhak membukanya; angka di laporan tetap menghitungnya.
      </p>
      {r.baris.length === 0 ? (
        <EmptyState title="Tidak ada surat yang dapat ditampilkan">Tidak ada surat pada rincian ini yang dapat Anda buka.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white" aria-label="Rincian" data-testid="rincian-list">
          {r.baris.map((b) => (
            <li key={b.id}>
              <Link href={b.href} className="block px-4 py-3 hover:bg-slate-50">
                <span className="block font-medium break-words text-slate-900">{b.perihal}</span>
                <span className="mt-0.5 block text-xs break-words text-slate-600">
                  {[b.nomor, formatTanggalJam(b.waktu), b.keterangan].filter(Boolean).join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav className="mt-4 flex justify-between text-sm" aria-label="Halaman rincian">
        {r.halaman > 1 ? <Link className="text-brand-700" href={rincianHref(filter, { ...here, halaman: r.halaman - 1 })}>← Sebelumnya</Link> : <span />}
        {r.adaBerikutnya && <Link className="text-brand-700" href={rincianHref(filter, { ...here, halaman: r.halaman + 1 })}>Berikutnya →</Link>}
      </nav>
    </>
  );
}
