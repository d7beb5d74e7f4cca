import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { listInstruksiDisposisi } from '@/lib/services/admin/list-instruksi-disposisi';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, Card, opdTabs } from '@/components/admin/admin-nav';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { addInstruksiAction, addInstruksiBawaanAction, setInstruksiAktifAction } from './actions';

export const metadata: Metadata = { title: 'Instruksi Disposisi' };

export default async function InstruksiPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => listInstruksiDisposisi(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { opd, rows } = page.data;
  return (
    <>
      <PageHeader title="Instruksi disposisi" description={`Daftar centang pada lembar disposisi ${opd.nama}`} />
      <AdminTabs items={opdTabs(opd.id)} current={`/admin/opd/${opd.id}/instruksi`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Daftar instruksi">
          <ul className="divide-y divide-slate-100 text-sm" aria-label="Daftar instruksi">
            {rows.length === 0 && <li className="py-2 text-slate-500">Belum ada instruksi.</li>}
            {rows.map((r) => (
              <li key={r.id} className="flex items-center gap-2 py-1.5">
                <span className={`flex-1 ${r.aktif ? '' : 'text-slate-500 line-through'}`}>{r.teks}</span>
                {!r.aktif && <Badge>disembunyikan</Badge>}
                <AdminForm
                  action={setInstruksiAktifAction}
                  compact
                  label={`${r.aktif ? 'Sembunyikan' : 'Tampilkan'} ${r.teks}`}
                  fields={[
                    { name: 'instruksiId', label: '', type: 'hidden', defaultValue: r.id },
                    { name: 'aktif', label: '', type: 'hidden', defaultValue: String(!r.aktif) },
                  ]}
                  submits={[{ label: r.aktif ? 'Sembunyikan' : 'Tampilkan', tone: 'secondary' }]}
                />
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Tambah instruksi">
          <AdminForm
            action={addInstruksiAction}
            label="Tambah instruksi"
            fields={[
              { name: 'opdId', label: '', type: 'hidden', defaultValue: opd.id },
              { name: 'teks', label: 'Teks instruksi', required: true, placeholder: 'Segera tindak lanjuti' },
            ]}
            submits={[{ label: 'Tambah' }]}
          />
          <div className="mt-4 border-t border-slate-100 pt-4">
            <AdminForm action={addInstruksiBawaanAction} label="Instruksi bawaan" fields={[{ name: 'opdId', label: '', type: 'hidden', defaultValue: opd.id }]} submits={[{ label: 'Tambahkan daftar bawaan (11 instruksi)', tone: 'secondary' }]} />
          </div>
        </Card>
      </div>
    </>
  );
}
