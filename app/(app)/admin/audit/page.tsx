import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { auditFilterSchema, type AuditFilter } from '@/lib/domain/admin/schemas';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { AUDIT_PAGE_SIZE, listAuditLog } from '@/lib/services/admin/list-audit-log';
import { AdminTabs, adminTabs } from '@/components/admin/admin-nav';
import { Pagination } from '@/components/ui/pagination';
import { Forbidden } from '@/components/ui/forbidden';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import Link from '@/components/ui/link';
import { IsianTanggal } from '@/components/ui/isian-tanggal';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import { ENTITAS_AUDIT, pilihanAksi } from '@/lib/domain/audit/aksi-audit';

export const metadata: Metadata = { title: 'Log Audit' };

const input = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base md:text-sm';

export default async function AuditPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const { data, notice } = parseQuery(auditFilterSchema, await searchParams);
  const filter: AuditFilter = data;
  const actor = await requireActor();
  const page = await loadPage(() => listAuditLog(actor, filter));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { rows, total, halaman } = page.data;
  const query = (h: number) => new URLSearchParams(Object.entries({ ...filter, halaman: String(h) }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')).toString();
  return (
    <>
      <PageHeader title="Log audit" description={`${total.toLocaleString('id-ID')} catatan dalam kewenangan Anda`} />
      <AdminTabs items={adminTabs()} current="/admin/audit" />
      <form className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 md:grid-cols-3 lg:grid-cols-6" aria-label="Saring log audit">
        <label className="block text-sm">
          <span className="font-semibold text-slate-700">Pelaku (nama/NIP)</span>
          <input name="actor" defaultValue={filter.actor} className={input} />
        </label>
        <label className="block text-sm">
          <span className="font-semibold text-slate-700">Entitas</span>
          <select name="entity" defaultValue={filter.entity ?? ''} className={input}>
            <option value="">Semua</option>
            {Object.entries(ENTITAS_AUDIT).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-semibold text-slate-700">Tindakan</span>
          <select name="aksi" defaultValue={filter.aksi ?? ''} className={input}>
            <option value="">Semua</option>
            {pilihanAksi().map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-semibold text-slate-700">Dari</span>
          <IsianTanggal id="audit-dari" name="dari" defaultValue={filter.dari} className={input} />
        </label>
        <label className="block text-sm">
          <span className="font-semibold text-slate-700">Sampai</span>
          <IsianTanggal id="audit-sampai" name="sampai" defaultValue={filter.sampai} className={input} />
        </label>
        <div className="flex items-end">
          <button className="w-full rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Saring</button>
        </div>
      </form>
      {notice && <Notice>{notice}</Notice>}
      <ul className="mb-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm" aria-label="Log audit">
        {rows.length === 0 && <li className="px-4 py-3 text-slate-500">Tidak ada catatan.</li>}
        {rows.map((r) => (
          <li key={r.id} className="px-4 py-2">
            <p className="text-slate-800 wrap-anywhere">
              <span className="font-semibold">{r.pelaku}</span> {r.tindakan}
              {r.objek && (
                <>
                  {' '}
                  {r.objek.tautan ? (
                    <Link href={r.objek.tautan} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {r.objek.label}
                    </Link>
                  ) : (
                    <span className="font-medium">{r.objek.label}</span>
                  )}
                </>
              )}
              {r.keterangan && <span className="text-slate-600"> {r.keterangan}</span>}
            </p>
            <p className="text-xs text-slate-500">
              <time dateTime={r.createdAt.toISOString()}>{formatTanggalJam(r.createdAt)}</time>
            </p>
          </li>
        ))}
      </ul>
      <Pagination total={total} halaman={halaman} pageSize={AUDIT_PAGE_SIZE} href={(h) => `/admin/audit?${query(h)}`} />
    </>
  );
}
