import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { DEFAULT_TEMPLATE, TOKENS } from '@/lib/domain/penomoran/format-nomor';
import { JENIS_NASKAH_INFO } from '@/lib/domain/penomoran/jenis-kode';
import { listTemplatePenomoran } from '@/lib/services/admin/list-template-penomoran';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, Card, opdTabs } from '@/components/admin/admin-nav';
import { NomorPreview } from '@/components/admin/nomor-preview';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { saveTemplatePenomoranAction } from './actions';

export const metadata: Metadata = { title: 'Penomoran' };

export default async function PenomoranPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => listTemplatePenomoran(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { opd, rows, contohDefault } = page.data;
  // Each jenis's saved template fills the form when it is chosen; one without its own starts from the defaults.
  const bawaan = { template: DEFAULT_TEMPLATE, panjangNomor: '4', urutanPerJenis: 'false' };
  const isiPerJenis: Record<string, Record<string, string>> = { '*': bawaan };
  for (const r of rows) isiPerJenis[r.jenis ?? ''] = { template: r.template, panjangNomor: String(r.panjangNomor), urutanPerJenis: String(r.urutanPerJenis) };
  const awal = isiPerJenis[''] ?? bawaan;
  const jenisLabel = (j: string | null) => (j ? JENIS_NASKAH_INFO[j as keyof typeof JENIS_NASKAH_INFO][0] : 'Semua jenis (bawaan OPD)');
  return (
    <>
      <PageHeader title="Template penomoran" description={`Format nomor naskah ${opd.nama} per jenis naskah`} />
      <AdminTabs items={opdTabs(opd.id)} current={`/admin/opd/${opd.id}/penomoran`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Template yang berlaku">
          {rows.length === 0 ? (
            <p className="text-sm text-slate-600">
              Belum ada template; nomor memakai format bawaan, contoh <code className="font-mono">{contohDefault}</code>.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" aria-label="Template penomoran">
              {rows.map((r) => (
                <li key={r.id} className="py-2">
                  <p className="font-semibold text-slate-900">{jenisLabel(r.jenis)}</p>
                  <p className="font-mono text-xs break-all text-slate-600">{r.template}</p>
                  <p className="text-sm">
                    Nomor berikutnya: <span className="font-mono font-semibold text-emerald-800">{r.contoh}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Simpan template">
          <NomorPreview singkatan={opd.singkatan} />
          <AdminForm
            action={saveTemplatePenomoranAction}
            label="Simpan template"
            fields={[
              { name: 'opdId', label: '', type: 'hidden', defaultValue: opd.id },
              { name: 'jenis', label: 'Jenis naskah', type: 'select', isiPerPilihan: isiPerJenis, options: [{ value: '', label: 'Semua jenis (bawaan OPD)' }, ...Object.entries(JENIS_NASKAH_INFO).map(([value, [label]]) => ({ value, label }))] },
              { name: 'template', label: 'Template', required: true, defaultValue: awal.template, hint: `Token: ${TOKENS.map((t) => `{${t}}`).join(' ')}` },
              { name: 'panjangNomor', label: 'Jumlah digit nomor urut', type: 'number', defaultValue: awal.panjangNomor },
              { name: 'urutanPerJenis', label: 'Nomor urut terpisah untuk jenis ini', type: 'checkbox', defaultValue: awal.urutanPerJenis },
            ]}
            submits={[{ label: 'Simpan template' }]}
          />
        </Card>
      </div>
    </>
  );
}
