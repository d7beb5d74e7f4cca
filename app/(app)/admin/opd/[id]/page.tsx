import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { getOpdDetail } from '@/lib/services/admin/get-opd-detail';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, Card, opdTabs } from '@/components/admin/admin-nav';
import { opdFormFields } from '@/components/admin/opd-form-fields';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { updateOpdAction, uploadOpdLogoAction } from './actions';

export const metadata: Metadata = { title: 'Profil OPD' };

export default async function OpdDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => getOpdDetail(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const opd = page.data;
  return (
    <>
      <PageHeader title={opd.nama} description={`${opd.singkatan} · kode ${opd.kode}`} />
      <AdminTabs items={opdTabs(opd.id)} current={`/admin/opd/${opd.id}`} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Identitas dan kop surat">
            <AdminForm action={updateOpdAction} fields={[{ name: 'opdId', label: '', type: 'hidden', defaultValue: opd.id }, ...opdFormFields(opd)]} submits={[{ label: 'Simpan' }]} columns={2} label="Profil OPD" />
          </Card>
        </div>
        <Card title="Logo kop surat">
          <p className="mb-3 text-sm text-slate-600">{opd.logoKey ? 'Logo sudah diunggah; unggah lagi untuk menggantinya.' : 'Belum ada logo.'}</p>
          <AdminForm
            action={uploadOpdLogoAction}
            fields={[
              { name: 'opdId', label: '', type: 'hidden', defaultValue: opd.id },
              { name: 'logo', label: 'Berkas PNG atau JPG (maks. 1 MB)', type: 'file', accept: 'image/png,image/jpeg', required: true },
            ]}
            submits={[{ label: 'Unggah logo' }]}
            label="Logo OPD"
          />
        </Card>
      </div>
    </>
  );
}
