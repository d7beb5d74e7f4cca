import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { listOpdSummary } from '@/lib/services/admin/list-opd-summary';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listOpdSummary(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <>
      <PageHeader title="Admin" description="Organisasi Perangkat Daerah yang Anda kelola" />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="min-w-full text-sm" aria-label="Daftar OPD">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th className="px-4 py-2">OPD</th>
              <th className="px-4 py-2">Singkatan</th>
              <th className="px-4 py-2 text-right">Unit kerja</th>
              <th className="px-4 py-2 text-right">Jabatan</th>
              <th className="px-4 py-2 text-right">Pegawai</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.data.map((o) => (
              <tr key={o.id}>
                <td className="px-4 py-2.5 font-medium text-slate-900">
                  {o.nama} {!o.aktif && <Badge>nonaktif</Badge>}
                </td>
                <td className="px-4 py-2.5 text-slate-600">{o.singkatan}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{o.jumlahUnit}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{o.jumlahJabatan}</td>
                <td className="px-4 py-2.5 text-right tabular-nums">{o.jumlahPegawai}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
