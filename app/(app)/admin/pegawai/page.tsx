import type { Metadata } from 'next';
import { AdminSearchForm } from '@/components/admin/admin-search-form';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { pegawaiFilterSchema } from '@/lib/domain/admin/schemas';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { listOpdSummary } from '@/lib/services/admin/list-opd-summary';
import { listPegawai, PEGAWAI_PAGE_SIZE } from '@/lib/services/admin/list-pegawai';
import { AdminForm, type FieldSpec } from '@/components/admin/admin-form';
import { AdminTabs, adminTabs, Card } from '@/components/admin/admin-nav';
import { Pagination } from '@/components/ui/pagination';
import { pegawaiFormFields } from '@/components/admin/pegawai-form-fields';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { createPegawaiAction } from './actions';

export const metadata: Metadata = { title: 'Pegawai' };

/** No OPD is preselected when there is a choice: a pegawai must never land in the first OPD by default. */
function opdField(opds: { id: string; singkatan: string }[]): FieldSpec {
  const options = opds.map((o) => ({ value: o.id, label: o.singkatan }));
  if (opds.length === 1) return { name: 'opdId', label: 'OPD', type: 'select', wide: true, required: true, defaultValue: opds[0].id, options };
  return { name: 'opdId', label: 'OPD', type: 'select', wide: true, required: true, defaultValue: '', options: [{ value: '', label: 'Pilih OPD' }, ...options] };
}

export default async function PegawaiPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const { data: filter, notice } = parseQuery(pegawaiFilterSchema, await searchParams);
  const { q, halaman } = filter;
  const actor = await requireActor();
  const page = await loadPage(async () => ({ list: await listPegawai(actor, { q, halaman }), opds: await listOpdSummary(actor) }));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { list, opds } = page.data;
  return (
    <>
      <PageHeader title="Pegawai" description={`${list.total.toLocaleString('id-ID')} pegawai`} />
      <AdminTabs items={adminTabs()} current="/admin/pegawai" />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-3 lg:col-span-2">
          <AdminSearchForm label="Cari nama atau NIP" placeholder="Cari nama atau NIP" defaultValue={q} />
          {notice && <Notice>{notice}</Notice>}
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm" aria-label="Daftar pegawai">
            {list.rows.length === 0 && <li className="px-4 py-3 text-slate-500">Tidak ada pegawai yang cocok.</li>}
            {list.rows.map((p) => (
              <li key={p.id} className="relative px-4 py-2.5">
                <Link href={`/admin/pegawai/${p.id}`} className="font-medium text-brand-800 after:absolute after:inset-0 hover:underline">
                  {namaLengkap(p)}
                </Link>{' '}
                {!p.aktif && <Badge tone="red">nonaktif</Badge>}
                <span className="block text-xs text-slate-500">
                  NIP {formatNip(p.nip)} · {p.golongan ?? '—'} · {p.opd.singkatan}
                </span>
              </li>
            ))}
          </ul>
          <Pagination total={list.total} halaman={list.halaman} pageSize={PEGAWAI_PAGE_SIZE} href={(h) => `/admin/pegawai?${new URLSearchParams({ q, halaman: String(h) })}`} />
        </div>
        <Card title="Tambah pegawai">
          <AdminForm
            action={createPegawaiAction}
            label="Tambah pegawai"
            columns={2}
            fields={[opdField(opds), ...pegawaiFormFields()]}
            submits={[{ label: 'Simpan pegawai' }]}
          />
        </Card>
      </div>
    </>
  );
}
