import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { descendantIds } from '@/lib/domain/organisasi/tree';
import { getOrganisasiTree } from '@/lib/services/admin/get-organisasi-tree';
import { AdminForm, type FieldSpec } from '@/components/admin/admin-form';
import { AdminTabs, Card, opdTabs } from '@/components/admin/admin-nav';
import { OrgTree } from '@/components/admin/org-tree';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { pilihanAtasan } from '@/components/admin/pilihan-atasan';
import { PILIH_UNIT_LABEL, pilihanUnit } from '@/components/admin/pilihan-unit';
import { JENIS_JABATAN_LABEL, JENIS_UNIT_LABEL, options } from '@/components/admin/labels';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import * as actions from './actions';

export const metadata: Metadata = { title: 'Struktur OPD' };

const hidden = (name: string, value: string): FieldSpec => ({ name, label: '', type: 'hidden', defaultValue: value });

export default async function StrukturPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ ubah?: string }> }) {
  const [{ id }, { ubah }] = await Promise.all([pageParams(params, idParams), searchParams]);
  const actor = await requireActor();
  const page = await loadPage(() => getOrganisasiTree(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { opd, unitTree, jabatanTree, units, jabatan } = page.data;
  const base = `/admin/opd/${opd.id}/struktur`;
  const [kind, nodeId] = (ubah ?? '').split(':');
  const editing = kind === 'jabatan' ? jabatan.find((j) => j.id === nodeId) : kind === 'unit' ? units.find((u) => u.id === nodeId) : undefined;
  const activeUnits = units.filter((u) => u.aktif);
  const activeJabatan = jabatan.filter((j) => j.aktif);

  return (
    <>
      <PageHeader title={`Struktur ${opd.singkatan}`} description={`${units.length} unit kerja · ${jabatan.length} jabatan`} />
      <AdminTabs items={opdTabs(opd.id)} current={base} />
      {editing && (
        <div className="mb-4">
          <Card title={`Ubah ${kind === 'jabatan' ? 'jabatan' : 'unit kerja'}: ${editing.nama}`}>
            <div className="grid gap-4 md:grid-cols-3">
              <AdminForm
                action={kind === 'jabatan' ? actions.renameJabatanAction : actions.renameUnitKerjaAction}
                fields={[hidden('id', editing.id), { name: 'nama', label: 'Nama baru', defaultValue: editing.nama, required: true }]}
                submits={[{ label: 'Ganti nama' }]}
                label="Ganti nama"
              />
              {kind === 'jabatan' && editing.parentId === null ? (
                <p className="text-sm text-slate-600">Pimpinan OPD berada di puncak pohon dan tidak dipindahkan.</p>
              ) : (
              <AdminForm
                action={kind === 'jabatan' ? actions.moveJabatanAction : actions.moveUnitKerjaAction}
                fields={[
                  hidden('id', editing.id),
                  {
                    name: 'parentId',
                    label: kind === 'jabatan' ? 'Pindahkan ke bawah jabatan' : 'Pindahkan ke bawah unit',
                    type: 'select',
                    defaultValue: editing.parentId ?? '',
                    options: [
                      ...(kind === 'unit'
                        ? [{ value: '', label: '(tingkat teratas)' }, ...pilihanUnit(parentChoices(activeUnits, units, editing.id))]
                        : parentChoices(activeJabatan, jabatan, editing.id).map((j) => ({ value: j.id, label: j.nama }))),
                    ],
                  },
                ]}
                submits={[{ label: 'Pindahkan' }]}
                label="Pindahkan"
              />
              )}
              {/* No page turns a post or unit back on, so it asks first (one tap did it before). */}
              <div>
                <SmallActionForm
                  action={kind === 'jabatan' ? actions.deactivateJabatanAction : actions.deactivateUnitKerjaAction}
                  fields={{ id: editing.id, opdId: opd.id }}
                  label={kind === 'jabatan' ? 'Nonaktifkan jabatan' : 'Nonaktifkan unit kerja'}
                  konfirmasi={{
                    tanya: `Nonaktifkan ${kind === 'jabatan' ? 'jabatan' : 'unit kerja'} ${editing.nama}? ${kind === 'jabatan' ? 'Jabatan ini' : 'Unit ini'} tidak lagi dapat dipilih dan tidak dapat diaktifkan kembali dari halaman ini.`,
                    ya: 'Ya, nonaktifkan',
                  }}
                />
              </div>
            </div>
            <Link href={base} className="mt-3 inline-block text-sm text-slate-600 underline">
              Tutup
            </Link>
          </Card>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Jabatan">
          <OrgTree nodes={jabatanTree} editHref={(n) => `${base}?ubah=jabatan:${n.id}`} label="Pohon jabatan" />
        </Card>
        <Card title="Unit kerja">
          <OrgTree nodes={unitTree} editHref={(n) => `${base}?ubah=unit:${n.id}`} label="Pohon unit kerja" />
        </Card>
        <Card title="Tambah jabatan">
          <AdminForm
            action={actions.createJabatanAction}
            columns={2}
            label="Tambah jabatan"
            fields={[
              hidden('opdId', opd.id),
              { name: 'nama', label: 'Nama jabatan', required: true, wide: true, placeholder: 'Kepala Bidang Aplikasi Informatika' },
              { name: 'namaSingkat', label: 'Nama singkat', required: true, placeholder: 'Kabid Aptika' },
              { name: 'kode', label: 'Kode', required: true },
              // Chosen, never assumed: the first choice, Struktural, gave a staf post a pejabat's rights
              // (disposisi, a unit's reports) when the admin did not look.
              { name: 'jenis', label: 'Jenis', type: 'select', required: true, options: [{ value: '', label: 'Pilih jenis jabatan…' }, ...options(JENIS_JABATAN_LABEL)] },
              { name: 'eselon', label: 'Eselon (opsional)', placeholder: 'III.b' },
              // No unit is chosen for the admin: the alphabetically first one was, and a post saved
              // without a look landed in it.
              { name: 'unitKerjaId', label: 'Unit kerja', type: 'select', required: true, options: [{ value: '', label: PILIH_UNIT_LABEL }, ...pilihanUnit(activeUnits)] },
              { name: 'parentId', label: 'Atasan', type: 'select', ...pilihanAtasan(activeJabatan) },
            ]}
            submits={[{ label: 'Tambah jabatan' }]}
          />
        </Card>
        <Card title="Tambah unit kerja">
          <AdminForm
            action={actions.createUnitKerjaAction}
            columns={2}
            label="Tambah unit kerja"
            fields={[
              hidden('opdId', opd.id),
              { name: 'nama', label: 'Nama unit', required: true, wide: true },
              { name: 'kode', label: 'Kode', required: true },
              { name: 'jenis', label: 'Jenis', type: 'select', required: true, options: [{ value: '', label: 'Pilih jenis unit…' }, ...options(JENIS_UNIT_LABEL)] },
              { name: 'parentId', label: 'Induk', type: 'select', wide: true, options: [{ value: '', label: '(tingkat teratas)' }, ...pilihanUnit(activeUnits)] },
            ]}
            submits={[{ label: 'Tambah unit' }]}
          />
        </Card>
      </div>
    </>
  );
}

/** Active nodes that are not the node itself or below it: moving there cannot make a cycle. */
function parentChoices<T extends { id: string }>(active: T[], all: { id: string; parentId: string | null }[], nodeId: string): T[] {
  const below = descendantIds(all, nodeId);
  return active.filter((n) => !below.has(n.id));
}
