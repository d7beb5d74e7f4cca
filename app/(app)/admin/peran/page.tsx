import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { listRoleGrants } from '@/lib/services/admin/list-role-grants';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, adminTabs } from '@/components/admin/admin-nav';
import { ROLE_LABEL } from '@/components/admin/labels';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { revokeRoleAction } from './actions';

export const metadata: Metadata = { title: 'Peran' };

export default async function PeranPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listRoleGrants(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <>
      <PageHeader title="Peran" description="Admin instansi, admin OPD dan pencatat / TU. Peran diberikan dari halaman pegawai." />
      <AdminTabs items={adminTabs()} current="/admin/peran" />
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm" aria-label="Daftar peran">
        {page.data.length === 0 && <li className="px-4 py-3 text-slate-500">Belum ada peran.</li>}
        {page.data.map((g) => (
          <li key={g.id} className="flex flex-wrap items-center gap-3 px-4 py-2.5">
            <div className="min-w-0 flex-1">
              <p className="font-medium text-slate-900">{g.pegawai}</p>
              <p className="text-xs text-slate-500">
                {ROLE_LABEL[g.role]}
                {g.opd ? ` · ${g.opd}` : ''} · NIP {formatNip(g.nip)}
              </p>
            </div>
            <AdminForm action={revokeRoleAction} compact label={`Cabut peran ${g.pegawai}`} fields={[{ name: 'roleGrantId', label: '', type: 'hidden', defaultValue: g.id }]} submits={[{ label: 'Cabut', tone: 'secondary' }]} />
          </li>
        ))}
      </ul>
    </>
  );
}
