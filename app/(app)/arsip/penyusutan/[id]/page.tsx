import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { can } from '@/lib/authz/policy';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { JENIS_PENYUSUTAN_LABEL, STATUS_PENYUSUTAN_LABEL } from '@/lib/domain/arsip/penyusutan';
import { KETERANGAN_LABEL } from '@/lib/domain/arsip/retensi';
import { getPenyusutan } from '@/lib/services/arsip/get-penyusutan';
import { ArsipTabs } from '@/components/arsip/arsip-tabs';
import { tanggalArsip } from '@/components/arsip/format';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { cancelPenyusutanAction, executePenyusutanAction } from '../actions';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'Daftar Penyusutan' };

const STATUS_ARSIP = { AKTIF: 'Aktif', INAKTIF: 'Inaktif', MUSNAH: 'Musnah', DISERAHKAN: 'Diserahkan' } as const;

export default async function PenyusutanDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => getPenyusutan(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const p = page.data;
  const label = JENIS_PENYUSUTAN_LABEL[p.jenis];
  const ba = p.beritaAcara;
  const signed = ba.status === 'DITANDATANGANI';
  return (
    <>
      <PageHeader title={label.daftar} description={`${p.arsip.length} arsip · disusun ${tanggalArsip(p.createdAt)}`}>
        <Badge tone={p.status === 'DILAKSANAKAN' ? 'green' : p.status === 'DIBATALKAN' ? 'red' : 'amber'}>{STATUS_PENYUSUTAN_LABEL[p.status]}</Badge>
      </PageHeader>
      <ArsipTabs current="/arsip/penyusutan" penyusutan ekspor={can(actor, 'instansi.manage')} />
      <div className="mb-4 space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <p>
          <strong>Berita Acara {label.beritaAcara}</strong>
          {ba.nomor ? ` nomor ${ba.nomor}` : ''} —{' '}
          {signed ? (
            <a href={`/tanda-tangan/${ba.id}/berkas?unduh`} className="font-semibold text-brand-700 underline">
              Unduh berita acara bertanda tangan (PDF)
            </a>
          ) : ba.status === 'DIBATALKAN' ? (
            'dibatalkan'
          ) : (
            <Link href={`/konsep/${ba.id}`} className="font-semibold text-brand-700 underline">
              Buka konsep berita acara (periksa, ajukan paraf dan tanda tangan)
            </Link>
          )}
        </p>
        {p.status === 'DIUSULKAN' && <p className="text-slate-600">Berita acara berjalan melalui paraf dan tanda tangan seperti naskah lain; tanda tangan pimpinan menyetujui daftar ini.</p>}
        <div className="flex flex-wrap gap-4">
          <a href={`/arsip/penyusutan/${p.id}/daftar`} className="font-semibold text-brand-700 underline">
            Unduh daftar (CSV)
          </a>
          {p.jenis === 'PENYERAHAN' && p.status !== 'DIBATALKAN' && (
            <a href={`/arsip/penyusutan/${p.id}/paket`} className="font-semibold text-brand-700 underline">
              Unduh paket penyerahan (BagIt, zip)
            </a>
          )}
        </div>
        {p.status === 'DISETUJUI' && <SmallActionForm fields={{ penyusutanId: p.id }} label={`Laksanakan ${label.kegiatan}`} action={executePenyusutanAction} tone={p.jenis === 'PEMUSNAHAN' ? 'danger' : 'neutral'} />}
        {p.status === 'DIUSULKAN' && <SmallActionForm fields={{ penyusutanId: p.id }} label="Batalkan daftar" action={cancelPenyusutanAction} />}
      </div>
      <ScrollRegion label="Daftar arsip" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" aria-label={label.daftar}>
          <thead className="text-left text-xs text-slate-600">
            <tr>
              <th className="px-2 py-1">No.</th>
              <th className="px-2 py-1">Kode</th>
              <th className="px-2 py-1">Uraian</th>
              <th className="px-2 py-1">Unit pengolah</th>
              <th className="px-2 py-1">Tanggal</th>
              <th className="px-2 py-1">Keterangan</th>
              <th className="px-2 py-1">Status</th>
            </tr>
          </thead>
          <tbody>
            {p.arsip.map(({ arsip: a }, i) => (
              <tr key={a.id} className="border-t border-slate-100 align-top">
                <td className="px-2 py-1">{i + 1}</td>
                <td className="px-2 py-1 font-mono text-xs">{a.klasifikasiArsip?.kode ?? '-'}</td>
                <td className="px-2 py-1">
                  <Link href={`/arsip/rekaman/${a.id}`} className="text-brand-700 underline">
                    {a.naskah.perihal}
                  </Link>
                  {a.naskah.nomor && <div className="text-xs text-slate-500">{a.naskah.nomor}</div>}
                </td>
                <td className="px-2 py-1 text-xs">{a.unitKerja.nama}</td>
                <td className="whitespace-nowrap px-2 py-1">{tanggalArsip(a.tanggal)}</td>
                <td className="px-2 py-1">{a.keterangan ? KETERANGAN_LABEL[a.keterangan] : '-'}</td>
                <td className="px-2 py-1">
                  {STATUS_ARSIP[a.status]}
                  {a.berkasDihapusPada && <div className="text-xs text-slate-500">berkas dihapus {tanggalArsip(a.berkasDihapusPada)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
