import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { KETERANGAN_LABEL, KETERANGAN_RETENSI } from '@/lib/domain/arsip/retensi';
import { getJra } from '@/lib/services/arsip/get-jra';
import { AdminForm } from '@/components/admin/admin-form';
import { Card } from '@/components/admin/admin-nav';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { Badge } from '@/components/ui/badge';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { renameKlasifikasiAction, setKlasifikasiAktifAction, updateJraAction } from '../actions';

export const metadata: Metadata = { title: 'Ubah JRA' };

export default async function UbahJraPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => getJra(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const k = page.data;
  return (
    <>
      <PageHeader title={`JRA ${k.kode}`} description={k.nama}>
        {!k.aktif && <Badge tone="red">nonaktif</Badge>}
      </PageHeader>
      <Link href="/admin/klasifikasi" className="mb-3 inline-block text-sm text-brand-700 underline">
        Kembali ke klasifikasi arsip
      </Link>
      <div className="max-w-xl space-y-4">
        <Card title="Nama klasifikasi">
          <AdminForm
            action={renameKlasifikasiAction}
            label="Ganti nama klasifikasi"
            fields={[
              { name: 'klasifikasiId', label: '', type: 'hidden', defaultValue: k.id },
              { name: 'nama', label: 'Nama', required: true, defaultValue: k.nama, hint: 'Kodenya tetap; naskah dan arsip yang sudah memakai kode ini ikut menampilkan nama baru.' },
            ]}
            submits={[{ label: 'Ganti nama' }]}
          />
        </Card>
        <Card title="Status">
          <p className="text-sm text-slate-600">{k.aktif ? 'Aktif: ditawarkan saat menulis naskah dan memberkaskan arsip.' : 'Nonaktif: tidak ditawarkan lagi; naskah dan arsip lama tetap memakai kode ini.'}</p>
          <SmallActionForm
            action={setKlasifikasiAktifAction}
            fields={{ klasifikasiId: k.id, aktif: String(!k.aktif) }}
            label={k.aktif ? 'Nonaktifkan kode' : 'Aktifkan kembali'}
            tone={k.aktif ? 'danger' : 'neutral'}
            konfirmasi={k.aktif ? { tanya: `Nonaktifkan kode ${k.kode}? Kode ini tidak ditawarkan lagi untuk naskah dan arsip baru.`, ya: 'Ya, nonaktifkan' } : undefined}
          />
        </Card>
        <Card title="Jadwal Retensi Arsip">
          <AdminForm
            action={updateJraAction}
            label="Ubah JRA"
            columns={3}
            fields={[
              { name: 'klasifikasiId', label: '', type: 'hidden', defaultValue: k.id },
              { name: 'retensiAktif', label: 'Retensi aktif (tahun)', type: 'number', inputMode: 'numeric', required: true, defaultValue: k.retensiAktif?.toString() ?? '' },
              { name: 'retensiInaktif', label: 'Retensi inaktif (tahun)', type: 'number', inputMode: 'numeric', required: true, defaultValue: k.retensiInaktif?.toString() ?? '' },
              { name: 'keterangan', label: 'Keterangan', type: 'select', required: true, defaultValue: k.keteranganRetensi ?? '', options: KETERANGAN_RETENSI.map((v) => ({ value: v, label: KETERANGAN_LABEL[v] })) },
            ]}
            submits={[{ label: 'Simpan JRA' }]}
          />
          <p className="mt-3 text-xs text-slate-600">Tanggal retensi arsip yang sudah diberkaskan dengan kode ini dihitung ulang saat disimpan ({k._count.arsip} arsip).</p>
        </Card>
      </div>
    </>
  );
}
