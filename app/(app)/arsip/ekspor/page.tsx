import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { can } from '@/lib/authz/policy';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import { listEksporArsip } from '@/lib/services/arsip/list-ekspor-arsip';
import { AdminForm } from '@/components/admin/admin-form';
import { ArsipTabs } from '@/components/arsip/arsip-tabs';
import { SegarkanOtomatis } from '@/components/arsip/segarkan-otomatis';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { requestEksporAction } from './actions';
import { formatMegabita } from '@/lib/domain/angka';

export const metadata: Metadata = { title: 'Ekspor Arsip' };

const STATUS = {
  MENUNGGU: { label: 'Menunggu', tone: 'slate' },
  BERJALAN: { label: 'Berjalan', tone: 'amber' },
  SELESAI: { label: 'Selesai', tone: 'green' },
  GAGAL: { label: 'Gagal', tone: 'red' },
} as const;

const megabita = (b: bigint | null) => (b === null ? '' : formatMegabita(Number(b)));

export default async function EksporArsipPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listEksporArsip(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  const berjalan = page.data.some((e) => e.status === 'MENUNGGU' || e.status === 'BERJALAN');
  return (
    <>
      <PageHeader title="Ekspor seluruh arsip" description="Cadangan lengkap: setiap arsip instansi dengan berkas PDF-nya dan indeks CSV, dalam satu berkas zip" />
      <ArsipTabs current="/arsip/ekspor" penyusutan={can(actor, 'arsip.penyusutan')} ekspor />
      {berjalan && <SegarkanOtomatis />}
      <div className="mb-4 max-w-xl rounded-lg border border-slate-200 bg-white p-3">
        <p className="mb-2 text-sm text-slate-600">Ekspor berjalan di latar belakang; halaman ini menampilkan kemajuannya. Setelah selesai, berkas zip dapat diunduh dari sini.</p>
        <AdminForm action={requestEksporAction} label="Ekspor seluruh arsip" fields={[]} submits={[{ label: 'Ekspor seluruh arsip' }]} />
      </div>
      <section aria-label="Riwayat ekspor" className="rounded-lg border border-slate-200 bg-white">
        <h2 className="border-b border-slate-100 px-3 py-2 text-sm font-semibold">Riwayat ekspor</h2>
        {page.data.length === 0 ? (
          <p className="px-3 py-2 text-sm text-slate-500">Belum ada ekspor.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {page.data.map((e) => {
              const persen = e.jumlah > 0 ? Math.round((e.selesai / e.jumlah) * 100) : e.status === 'SELESAI' ? 100 : 0;
              return (
                <li key={e.id} className="space-y-1 px-3 py-2 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={STATUS[e.status].tone}>{STATUS[e.status].label}</Badge>
                    <span>Diminta {formatTanggalJam(e.createdAt)}</span>
                    {e.status === 'SELESAI' && (
                      <a href={`/arsip/ekspor/${e.id}/unduh`} className="ml-auto font-semibold text-brand-700 underline">
                        Unduh zip ({megabita(e.ukuran)})
                      </a>
                    )}
                  </div>
                  {(e.status === 'BERJALAN' || e.status === 'SELESAI') && (
                    <div className="flex items-center gap-2">
                      <progress className="h-2 w-full max-w-xs" max={100} value={persen} aria-label="Kemajuan ekspor" />
                      <span className="text-slate-600">
                        {e.selesai.toLocaleString('id-ID')} dari {e.jumlah.toLocaleString('id-ID')} arsip ({persen}%)
                      </span>
                    </div>
                  )}
                  {e.status === 'GAGAL' && e.galat && <p className="text-red-800">Gagal: {e.galat}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
