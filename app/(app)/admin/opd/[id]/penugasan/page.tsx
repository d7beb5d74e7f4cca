import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { penugasanFilterSchema } from '@/lib/domain/admin/schemas';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { calendarDay, isEffectiveOn } from '@/lib/domain/jabatan/acting';
import { belumDimulai } from '@/lib/domain/organisasi/penugasan-rules';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { listPenugasanOpd, PENUGASAN_PER_HALAMAN } from '@/lib/services/admin/list-penugasan-opd';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, Card, opdTabs } from '@/components/admin/admin-nav';
import { AdminSearchForm } from '@/components/admin/admin-search-form';
import { PENUGASAN_LABEL, options, tanggal } from '@/components/admin/labels';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import Link from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { assignPenugasanAction, batalkanPenugasanAction, endPenugasanAction } from './actions';

export const metadata: Metadata = { title: 'Penugasan Jabatan' };

type PenugasanView = Awaited<ReturnType<typeof listPenugasanOpd>>['penugasan'][number];

/** One assignment as the history and the end card show it. */
function Penugasan({ p, berjalan }: { p: PenugasanView; berjalan: boolean }) {
  return (
    <>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <Badge tone={p.jenis === 'DEFINITIF' ? 'slate' : 'amber'}>{PENUGASAN_LABEL[p.jenis]}</Badge>
        <span className="font-semibold text-slate-900">{p.jabatan}</span>
        {berjalan && <Badge tone="green">berjalan</Badge>}
      </div>
      <p className="text-slate-700">
        {p.pegawai} <span className="text-xs text-slate-500">NIP {formatNip(p.nip)}</span>
      </p>
      <p className="text-xs text-slate-500">
        {tanggal(p.mulai)} s.d. {tanggal(p.selesai)}
        {p.alasan ? ` · ${p.alasan}` : ''}
        {p.nomorSk ? ` · ${p.nomorSk}` : ''}
      </p>
    </>
  );
}

export default async function PenugasanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<QueryInput> }) {
  const { id } = await pageParams(params, idParams);
  const { data: filter, notice } = parseQuery(penugasanFilterSchema, await searchParams);
  const actor = await requireActor();
  const page = await loadPage(() => listPenugasanOpd(actor, id, filter));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { opd, penugasan, total, halaman, akhiri } = page.data;
  const today = calendarDay(new Date());
  const base = `/admin/opd/${opd.id}/penugasan`;
  const href = (change: { halaman?: number; akhiri?: string }) => {
    const query = new URLSearchParams();
    if (filter.q) query.set('q', filter.q);
    const h = change.halaman ?? halaman;
    if (h > 1) query.set('halaman', String(h));
    if (change.akhiri) query.set('akhiri', change.akhiri);
    const s = query.toString();
    return `${base}${s ? `?${s}` : ''}${change.akhiri ? '#akhiri' : ''}`;
  };
  // Not ended yet (it may start later): it can still be ended or shortened.
  const masihBerjalan = (p: { selesai: string | null }) => p.selesai === null || p.selesai >= today;
  return (
    <>
      <PageHeader title="Penugasan jabatan" description={`${opd.nama}: definitif, Plt. (jabatan kosong) dan Plh. (pejabat berhalangan)`} />
      <AdminTabs items={opdTabs(opd.id)} current={base} />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="space-y-4 lg:col-span-2">
          {filter.akhiri && (
            <div id="akhiri" className="scroll-mt-32">
              <Card title="Akhiri penugasan">
                {!akhiri && <p className="text-sm text-slate-600">Penugasan ini tidak ditemukan di {opd.nama}.</p>}
                {akhiri && (
                  <div className="space-y-2 text-sm">
                    <Penugasan p={akhiri} berjalan={isEffectiveOn(akhiri, today)} />
                    {belumDimulai(akhiri, today) ? (
                      <>
                        <p className="text-slate-600">Penugasan ini belum dimulai. Bila dibuat keliru, batalkan: penugasan dihapus dan tercatat di log audit.</p>
                        <AdminForm
                          action={batalkanPenugasanAction}
                          label="Batalkan penugasan"
                          fields={[{ name: 'penugasanId', label: '', type: 'hidden', defaultValue: akhiri.id }]}
                          submits={[{ label: 'Batalkan penugasan', tone: 'danger' }]}
                        />
                      </>
                    ) : masihBerjalan(akhiri) ? (
                      <AdminForm
                        action={endPenugasanAction}
                        label="Akhiri penugasan"
                        fields={[
                          { name: 'penugasanId', label: '', type: 'hidden', defaultValue: akhiri.id },
                          { name: 'selesai', label: 'Hari terakhir', type: 'date', required: true, defaultValue: today },
                        ]}
                        submits={[{ label: 'Akhiri', tone: 'secondary' }]}
                      />
                    ) : (
                      <p className="text-slate-600">Penugasan ini sudah berakhir.</p>
                    )}
                  </div>
                )}
                <Link href={href({})} className="mt-3 inline-block text-sm font-semibold text-brand-700">
                  Tutup
                </Link>
              </Card>
            </div>
          )}
          <Card title="Tugaskan pegawai">
            <AdminForm
              action={assignPenugasanAction}
              label="Tugaskan pegawai"
              fields={[
                { name: 'jabatanId', label: 'Jabatan', type: 'cari', cariUrl: `${base}/pilihan?jenis=jabatan`, placeholder: 'Ketik nama jabatan…' },
                { name: 'pegawaiId', label: 'Pegawai', type: 'cari', cariUrl: `${base}/pilihan?jenis=pegawai`, placeholder: 'Ketik nama atau NIP…' },
                { name: 'jenis', label: 'Jenis', type: 'select', options: options(PENUGASAN_LABEL) },
                { name: 'mulai', label: 'Mulai', type: 'date', required: true, defaultValue: today },
                { name: 'selesai', label: 'Selesai (wajib untuk Plt./Plh.)', type: 'date' },
                { name: 'alasan', label: 'Alasan (wajib untuk Plt./Plh.)', type: 'textarea', placeholder: 'Pejabat definitif pensiun / cuti tahunan' },
                { name: 'nomorSk', label: 'Nomor SK / surat perintah (opsional)' },
              ]}
              submits={[{ label: 'Simpan penugasan' }]}
            />
          </Card>
        </div>
        <div className="space-y-3 lg:col-span-3">
          <Card title={`Riwayat penugasan · ${total.toLocaleString('id-ID')}`}>
            <AdminSearchForm label="Cari nama, NIP atau jabatan" placeholder="Cari nama, NIP atau jabatan" defaultValue={filter.q} maxLength={100} className="mb-3" />
            {notice && <Notice>{notice}</Notice>}
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Riwayat penugasan">
              {penugasan.length === 0 && <li className="py-2 text-slate-500">{filter.q ? 'Tidak ada penugasan yang cocok.' : halaman > 1 ? 'Halaman ini kosong.' : 'Belum ada penugasan.'}</li>}
              {penugasan.map((p) => {
                const berjalan = isEffectiveOn(p, today);
                return (
                  <li key={p.id} className="py-2.5">
                    <Penugasan p={p} berjalan={berjalan} />
                    {masihBerjalan(p) && (
                      <Link href={href({ akhiri: p.id })} className="mt-1 inline-block text-xs font-semibold text-brand-700" aria-label={`${belumDimulai(p, today) ? 'Batalkan' : 'Akhiri'} penugasan ${p.pegawai} sebagai ${p.jabatan}`}>
                        {belumDimulai(p, today) ? 'Batalkan penugasan' : 'Akhiri penugasan'}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
          </Card>
          <Pagination total={total} halaman={halaman} pageSize={PENUGASAN_PER_HALAMAN} href={(h) => href({ halaman: h })} />
        </div>
      </div>
    </>
  );
}
