import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { listPenugasanOpd } from '@/lib/services/admin/list-penugasan-opd';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, Card, opdTabs } from '@/components/admin/admin-nav';
import { PENUGASAN_LABEL, options, tanggal } from '@/components/admin/labels';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { assignPenugasanAction, endPenugasanAction } from './actions';

export const metadata: Metadata = { title: 'Penugasan Jabatan' };

export default async function PenugasanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => listPenugasanOpd(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { opd, penugasan, jabatan, pegawai } = page.data;
  const today = calendarDay(new Date());
  return (
    <>
      <PageHeader title="Penugasan jabatan" description={`${opd.nama}: definitif, Plt. (jabatan kosong) dan Plh. (pejabat berhalangan)`} />
      <AdminTabs items={opdTabs(opd.id)} current={`/admin/opd/${opd.id}/penugasan`} />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <Card title="Tugaskan pegawai">
            <AdminForm
              action={assignPenugasanAction}
              label="Tugaskan pegawai"
              fields={[
                { name: 'jabatanId', label: 'Jabatan', type: 'select', required: true, options: [{ value: '', label: '— pilih jabatan —' }, ...jabatan.map((j) => ({ value: j.id, label: j.nama }))] },
                { name: 'pegawaiId', label: 'Pegawai', type: 'select', required: true, options: [{ value: '', label: '— pilih pegawai —' }, ...pegawai.map((p) => ({ value: p.id, label: `${p.nama} (${p.nip})` }))] },
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
        <div className="lg:col-span-3">
          <Card title="Riwayat penugasan">
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Riwayat penugasan">
              {penugasan.length === 0 && <li className="py-2 text-slate-500">Belum ada penugasan.</li>}
              {penugasan.map((p) => {
                const berjalan = p.mulai <= today && (p.selesai === null || p.selesai >= today);
                return (
                  <li key={p.id} className="py-2.5">
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
                    {(p.selesai === null || p.selesai >= today) && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-xs font-semibold text-brand-700">Akhiri penugasan</summary>
                        <div className="mt-2 max-w-xs">
                          <AdminForm
                            action={endPenugasanAction}
                            compact
                            label="Akhiri penugasan"
                            fields={[
                              { name: 'penugasanId', label: '', type: 'hidden', defaultValue: p.id },
                              { name: 'selesai', label: 'Hari terakhir', type: 'date', required: true, defaultValue: today },
                            ]}
                            submits={[{ label: 'Akhiri', tone: 'secondary' }]}
                          />
                        </div>
                      </details>
                    )}
                  </li>
                );
              })}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
