import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { FILE_LABEL, IMPORT_HEADERS, MAX_IMPORT_ROWS, type ImportFile } from '@/lib/domain/admin/import-csv';
import { getOpdDetail } from '@/lib/services/admin/get-opd-detail';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, Card, opdTabs } from '@/components/admin/admin-nav';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { importOpdCsvAction } from './actions';

export const metadata: Metadata = { title: 'Impor CSV' };

const FILES = Object.keys(IMPORT_HEADERS) as ImportFile[];

export default async function ImporPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => getOpdDetail(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const opd = page.data;
  return (
    <>
      <PageHeader title="Impor CSV" description={`Unit kerja, jabatan dan pegawai ${opd.nama} sekaligus`} />
      <AdminTabs items={opdTabs(opd.id)} current={`/admin/opd/${opd.id}/impor`} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Unggah berkas">
            <AdminForm
              action={importOpdCsvAction}
              label="Impor CSV"
              fields={[
                { name: 'opdId', label: '', type: 'hidden', defaultValue: opd.id },
                ...FILES.map((f) => ({ name: f, label: FILE_LABEL[f], type: 'file' as const, accept: '.csv,text/csv' })),
              ]}
              submits={[
                { label: 'Periksa dulu', mode: 'periksa', tone: 'secondary' },
                { label: 'Impor', mode: 'impor' },
              ]}
            />
          </Card>
        </div>
        <Card title="Templat dan aturan">
          <ul className="space-y-1 text-sm">
            {FILES.map((f) => (
              <li key={f}>
                <a href={`/admin/impor/templat/${f}`} download className="font-semibold text-brand-700 underline">
                  Unduh templat {FILE_LABEL[f]}
                </a>
              </li>
            ))}
          </ul>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-xs text-slate-600">
            <li>Simpan sebagai &quot;CSV UTF-8&quot;; pemisah koma atau titik koma.</li>
            <li>Judul kolom harus persis seperti templat.</li>
            <li>Paling banyak {MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris per berkas.</li>
            <li>Sel yang diawali =, +, -, @ ditolak (rumus).</li>
            <li>&quot;Periksa dulu&quot; tidak menyimpan apa pun; &quot;Impor&quot; menyimpan semua baris atau tidak sama sekali.</li>
            <li>kode_jabatan di pegawai.csv menjadikan pegawai pejabat definitif jabatan itu mulai hari ini.</li>
          </ul>
        </Card>
      </div>
    </>
  );
}
