import type { Metadata } from 'next';
import { z } from 'zod';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { can } from '@/lib/authz/policy';
import { listDaftarArsip } from '@/lib/services/arsip/list-daftar-arsip';
import { AdminForm } from '@/components/admin/admin-form';
import { ArsipTabs } from '@/components/arsip/arsip-tabs';
import { DaftarArsipForm } from '@/components/arsip/daftar-arsip-form';
import { toDaftar } from '@/components/arsip/to-daftar';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { createBerkasArsipAction, moveArsipAction } from './actions';

export const metadata: Metadata = { title: 'Daftar Arsip' };

const query = z.object({ status: z.enum(['AKTIF', 'INAKTIF']).catch('AKTIF') });

export default async function DaftarArsipPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { status } = query.parse(await searchParams);
  const actor = await requireActor();
  const page = await loadPage(() => listDaftarArsip(actor, status));
  if (!page.ok) return <Forbidden message={page.message} />;
  const berkas = toDaftar(page.data);
  const aktif = status === 'AKTIF';
  const jumlah = berkas.reduce((n, b) => n + b.arsip.length, 0);
  return (
    <>
      <PageHeader
        title={aktif ? 'Daftar Arsip Aktif' : 'Daftar Arsip Inaktif'}
        description={aktif ? `${page.data.unit?.nama ?? 'Unit pengolah'}: ${jumlah} arsip dalam ${berkas.length} berkas` : `Arsip yang sudah dipindahkan ke unit kearsipan: ${jumlah} arsip`}
      />
      <ArsipTabs current={aktif ? '/arsip/daftar' : '/arsip/daftar?status=INAKTIF'} penyusutan={can(actor, 'arsip.penyusutan')} ekspor={can(actor, 'instansi.manage')} />
      {berkas.length === 0 ? (
        <EmptyState title={aktif ? 'Belum ada arsip' : 'Belum ada arsip inaktif'}>
          {aktif ? 'Naskah yang ditandatangani dan surat masuk yang dicatat otomatis diberkaskan di sini.' : 'Arsip aktif yang sudah dipindahkan ke unit kearsipan tampil di sini.'}
        </EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm">
            <a href={`/arsip/daftar/unduh?status=${status}`} className="font-semibold text-brand-700 underline">
              Unduh daftar ini (zip berisi PDF dan indeks CSV)
            </a>
          </p>
          <DaftarArsipForm action={moveArsipAction} berkas={berkas} bolehPindah={aktif && !!page.data.unit} />
        </>
      )}
      {aktif && page.data.unit && (
        <div className="mt-4 max-w-xl rounded-lg border border-slate-200 bg-white p-3">
          <h2 className="mb-2 text-sm font-semibold">Buat berkas baru</h2>
          <AdminForm action={createBerkasArsipAction} label="Buat berkas" fields={[{ name: 'judul', label: 'Judul berkas', required: true, placeholder: 'Penyelenggaraan Rapat Koordinasi TIK 2026' }]} submits={[{ label: 'Buat berkas' }]} />
        </div>
      )}
    </>
  );
}
