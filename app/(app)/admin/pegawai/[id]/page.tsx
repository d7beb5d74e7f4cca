import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { getPegawaiDetail } from '@/lib/services/admin/get-pegawai-detail';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, adminTabs, Card } from '@/components/admin/admin-nav';
import { PENUGASAN_LABEL, ROLE_LABEL, tanggal } from '@/components/admin/labels';
import { pegawaiFormFields } from '@/components/admin/pegawai-form-fields';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { grantRoleAction, resetPasswordAction, setAktifAction, updatePegawaiAction } from './actions';

export const metadata: Metadata = { title: 'Pegawai' };

export default async function PegawaiDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => getPegawaiDetail(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { pegawai: p, roles, penugasan, opds, canGrantAdminInstansi } = page.data;
  const hidden = { name: 'pegawaiId', label: '', type: 'hidden' as const, defaultValue: p.id };
  // The narrowest role first, so the default choice is never the widest.
  const roleOptions = (['PENCATAT', 'ADMIN_OPD', 'ADMIN_INSTANSI'] as const)
    .filter((r) => r !== 'ADMIN_INSTANSI' || canGrantAdminInstansi)
    .map((value) => ({ value, label: ROLE_LABEL[value] }));
  return (
    <>
      <PageHeader title={namaLengkap(p)} description={`NIP ${formatNip(p.nip)}`}>
        {!p.aktif && <Badge tone="red">nonaktif</Badge>}
      </PageHeader>
      <AdminTabs items={adminTabs()} current="/admin/pegawai" />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Data pegawai">
            <AdminForm action={updatePegawaiAction} fields={[hidden, ...pegawaiFormFields(p)]} submits={[{ label: 'Simpan' }]} columns={2} label="Data pegawai" />
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Akun">
            <p className="mb-2 text-sm text-slate-600">{p.belumAdaKataSandi ? 'Belum punya kata sandi.' : p.terkunciSampai && p.terkunciSampai > new Date() ? 'Akun terkunci sementara.' : 'Dapat masuk.'}</p>
            <AdminForm action={resetPasswordAction} fields={[hidden]} submits={[{ label: p.belumAdaKataSandi ? 'Terbitkan kata sandi' : 'Reset kata sandi', tone: 'secondary' }]} label="Kata sandi" />
            <div className="mt-3 border-t border-slate-100 pt-3">
              {/* Deactivating ends the person's sessions at once, so it asks first; one form for both
                  states keeps its outcome line when the button turns into 'Aktifkan kembali'. */}
              <SmallActionForm
                action={setAktifAction}
                fields={{ pegawaiId: p.id, aktif: String(!p.aktif) }}
                label={p.aktif ? 'Nonaktifkan pegawai' : 'Aktifkan kembali'}
                tone={p.aktif ? 'danger' : 'neutral'}
                konfirmasi={p.aktif ? { tanya: `Nonaktifkan ${namaLengkap(p)}? Ia langsung keluar dan tidak dapat masuk sampai diaktifkan kembali.`, ya: 'Ya, nonaktifkan' } : undefined}
              />
            </div>
          </Card>
          <Card title="Peran">
            <ul className="mb-3 space-y-1 text-sm" aria-label="Peran pegawai">
              {roles.length === 0 && <li className="text-slate-500">Tidak ada peran khusus.</li>}
              {roles.map((r) => (
                <li key={r.id}>
                  {ROLE_LABEL[r.role]} {r.opd && <span className="text-slate-500">· {r.opd}</span>}
                </li>
              ))}
            </ul>
            <AdminForm
              action={grantRoleAction}
              label="Beri peran"
              columns={2}
              fields={[hidden, { name: 'role', label: 'Peran', type: 'select', options: roleOptions }, { name: 'opdId', label: 'OPD', type: 'select', options: [{ value: '', label: '—' }, ...opds.map((o) => ({ value: o.id, label: o.singkatan }))], defaultValue: p.opdId }]}
              submits={[{ label: 'Beri peran', tone: 'secondary' }]}
            />
          </Card>
          <Card title="Riwayat jabatan">
            <ul className="space-y-1.5 text-sm">
              {penugasan.length === 0 && <li className="text-slate-500">Belum pernah ditugaskan.</li>}
              {penugasan.map((t) => (
                <li key={t.id}>
                  <Badge tone={t.jenis === 'DEFINITIF' ? 'slate' : 'amber'}>{PENUGASAN_LABEL[t.jenis]}</Badge> {t.jabatan}
                  <span className="block text-xs text-slate-500">
                    {tanggal(t.mulai)} s.d. {tanggal(t.selesai)}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
