import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { can } from '@/lib/authz/policy';
import { listKlasifikasi } from '@/lib/services/admin/list-klasifikasi';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, adminTabs, Card } from '@/components/admin/admin-nav';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { createKlasifikasiAction, importKlasifikasiAction } from './actions';

export const metadata: Metadata = { title: 'Klasifikasi Arsip' };

export default async function KlasifikasiPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listKlasifikasi(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  const rows = page.data;
  return (
    <>
      <PageHeader title="Klasifikasi arsip" description={`${rows.length} kode (Permendagri 83/2022)`} />
      <AdminTabs items={adminTabs()} current="/admin/klasifikasi" />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <ul className="max-h-[70vh] overflow-auto text-sm" aria-label="Kode klasifikasi">
              {rows.length === 0 && <li className="text-slate-500">Belum ada kode.</li>}
              {rows.map((k) => (
                <li key={k.id} className="flex gap-3 py-1" style={{ paddingLeft: `${(k.kode.split('.').length - 1) * 1.25}rem` }}>
                  <span className="w-24 shrink-0 font-mono text-slate-600">{k.kode}</span>
                  <span className={k.aktif ? 'text-slate-900' : 'text-slate-400 line-through'}>{k.nama}</span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
        {can(actor, 'masterData.manage') ? (
          <div className="space-y-4">
            <Card title="Tambah kode">
              <AdminForm action={createKlasifikasiAction} label="Tambah kode" fields={[{ name: 'kode', label: 'Kode', required: true, placeholder: '000.1.2' }, { name: 'nama', label: 'Nama', required: true }]} submits={[{ label: 'Tambah' }]} />
            </Card>
            <Card title="Impor CSV (kode,nama)">
              <AdminForm
                action={importKlasifikasiAction}
                label="Impor klasifikasi"
                fields={[{ name: 'berkas', label: 'Berkas CSV UTF-8', type: 'file', accept: '.csv,text/csv', required: true, hint: 'Induk ditentukan dari kode (000.1 adalah induk 000.1.2).' }]}
                submits={[
                  { label: 'Periksa dulu', mode: 'periksa', tone: 'secondary' },
                  { label: 'Impor', mode: 'impor' },
                ]}
              />
            </Card>
          </div>
        ) : (
          <p className="text-sm text-slate-600">Kode klasifikasi dikelola oleh admin instansi.</p>
        )}
      </div>
    </>
  );
}
