import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { can } from '@/lib/authz/policy';
import { listOpdSummary } from '@/lib/services/admin/list-opd-summary';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, adminTabs, Card } from '@/components/admin/admin-nav';
import { opdFormFields } from '@/components/admin/opd-form-fields';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { createOpdAction } from './actions';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listOpdSummary(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <>
      <PageHeader title="Admin" description="Organisasi Perangkat Daerah yang Anda kelola" />
      <AdminTabs items={adminTabs()} current="/admin" />
      <div className="space-y-4">
        <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm" aria-label="Daftar OPD">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th className="px-3 py-2 md:px-4">OPD</th>
              <th className="px-2 py-2 text-right md:px-4">Unit</th>
              <th className="px-2 py-2 text-right md:px-4">Jabatan</th>
              <th className="px-3 py-2 text-right md:px-4">Pegawai</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.data.map((o) => (
              <tr key={o.id}>
                <td className="relative px-3 py-2.5 md:px-4">
                  <Link href={`/admin/opd/${o.id}`} className="font-medium text-brand-800 underline-offset-2 after:absolute after:inset-0 hover:underline">
                    {o.nama}
                  </Link>{' '}
                  {!o.aktif && <Badge>nonaktif</Badge>}
                  <span className="block text-xs text-slate-500">{o.singkatan}</span>
                </td>
                <td className="px-2 py-2.5 text-right tabular-nums md:px-4">{o.jumlahUnit}</td>
                <td className="px-2 py-2.5 text-right tabular-nums md:px-4">{o.jumlahJabatan}</td>
                <td className="px-3 py-2.5 text-right tabular-nums md:px-4">{o.jumlahPegawai}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {can(actor, 'opd.create') && (
          <Card title="Tambah OPD">
            <AdminForm action={createOpdAction} fields={opdFormFields()} submits={[{ label: 'Simpan OPD' }]} columns={2} label="Tambah OPD" />
          </Card>
        )}
      </div>
    </>
  );
}
