import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { can } from '@/lib/authz/policy';
import { loadPage } from '@/lib/actions/load-page';
import { JENIS_PENYUSUTAN_LABEL, STATUS_PENYUSUTAN_LABEL } from '@/lib/domain/arsip/penyusutan';
import { listPenyusutan } from '@/lib/services/arsip/get-penyusutan';
import { listPenyusutanDue } from '@/lib/services/arsip/list-penyusutan-due';
import { ArsipTabs } from '@/components/arsip/arsip-tabs';
import { DueListForm, type DueRow } from '@/components/arsip/due-list-form';
import { tanggalArsip } from '@/components/arsip/format';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { createPenyusutanAction } from './actions';

export const metadata: Metadata = { title: 'Penyusutan Arsip' };

type Due = Awaited<ReturnType<typeof listPenyusutanDue>>;
const rowsOf = (rows: Due[keyof Due], batas: 'aktifSampai' | 'inaktifSampai'): DueRow[] =>
  rows.map((r) => ({ id: r.id, kode: r.klasifikasiArsip?.kode ?? '-', uraian: r.naskah.perihal, nomor: r.naskah.nomor, unit: r.unitKerja.nama, tanggal: tanggalArsip(r.tanggal), batas: tanggalArsip(r[batas]) }));

export default async function PenyusutanPage() {
  const actor = await requireActor();
  const page = await loadPage(async () => ({ due: await listPenyusutanDue(actor), lists: await listPenyusutan(actor) }));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { due, lists } = page.data;
  const tombol = (jenis: 'PEMINDAHAN' | 'PEMUSNAHAN' | 'PENYERAHAN') => ({ value: jenis, label: `Susun ${JENIS_PENYUSUTAN_LABEL[jenis].daftar} dan berita acara` });
  return (
    <>
      <PageHeader title="Penyusutan arsip" description="Arsip yang jatuh tempo menurut Jadwal Retensi Arsip, dan daftar yang sudah disusun" />
      <ArsipTabs current="/arsip/penyusutan" penyusutan ekspor={can(actor, 'instansi.manage')} />
      <div className="space-y-4">
        <DueListForm title="Pemindahan (retensi aktif berakhir)" batasLabel="Aktif s.d." rows={rowsOf(due.PINDAH, 'aktifSampai')} jenis={[tombol('PEMINDAHAN')]} action={createPenyusutanAction} />
        <DueListForm title="Usul musnah (retensi inaktif berakhir, keterangan musnah)" batasLabel="Inaktif s.d." rows={rowsOf(due.USUL_MUSNAH, 'inaktifSampai')} jenis={[tombol('PEMUSNAHAN')]} action={createPenyusutanAction} />
        <DueListForm title="Serah ke lembaga kearsipan (keterangan permanen)" batasLabel="Inaktif s.d." rows={rowsOf(due.SERAH, 'inaktifSampai')} jenis={[tombol('PENYERAHAN')]} action={createPenyusutanAction} />
        <DueListForm title="Dinilai kembali" batasLabel="Inaktif s.d." rows={rowsOf(due.NILAI_KEMBALI, 'inaktifSampai')} jenis={[tombol('PEMUSNAHAN'), tombol('PENYERAHAN')]} action={createPenyusutanAction} />
        <section className="rounded-lg border border-slate-200 bg-white" aria-label="Daftar penyusutan">
          <h2 className="border-b border-slate-100 px-3 py-2 text-sm font-semibold">Daftar yang sudah disusun</h2>
          {lists.length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-500">Belum ada.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {lists.map((p) => (
                <li key={p.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
                  <Link href={`/arsip/penyusutan/${p.id}`} className="font-medium text-brand-700 underline">
                    {JENIS_PENYUSUTAN_LABEL[p.jenis].daftar} ({p._count.arsip} arsip)
                  </Link>
                  <span className="text-xs text-slate-600">
                    {tanggalArsip(p.createdAt)} · {STATUS_PENYUSUTAN_LABEL[p.status]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
