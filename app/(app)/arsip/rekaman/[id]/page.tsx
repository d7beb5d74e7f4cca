import { formatTanggalJam } from '@/lib/domain/tanggal';
import { AKSI_AUDIT, isAksiAudit } from '@/lib/domain/audit/aksi-audit';
import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { JENIS_PENYUSUTAN_LABEL, STATUS_PENYUSUTAN_LABEL } from '@/lib/domain/arsip/penyusutan';
import { KETERANGAN_LABEL } from '@/lib/domain/arsip/retensi';
import { getArsip } from '@/lib/services/arsip/get-arsip';
import { keteranganBukti, tanggalArsip } from '@/components/arsip/format';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Arsip' };

const STATUS = { AKTIF: 'Aktif', INAKTIF: 'Inaktif', MUSNAH: 'Musnah', DISERAHKAN: 'Diserahkan ke lembaga kearsipan' } as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 border-t border-slate-100 py-1.5 first:border-0">
      <dt className="text-slate-600">{label}</dt>
      <dd className="col-span-2 min-w-0 break-words">{children}</dd>
    </div>
  );
}

export default async function ArsipRekamanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await pageParams(params, idParams);
  const actor = await requireActor();
  const page = await loadPage(() => getArsip(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const a = page.data;
  const n = a.naskah;
  return (
    <>
      <PageHeader title={n.perihal} description={n.nomor ?? (n.nomorAgenda ? `Agenda ${n.nomorAgenda}/${n.tahunAgenda}` : undefined)}>
        <Badge tone={a.status === 'AKTIF' ? 'green' : a.status === 'MUSNAH' ? 'red' : 'slate'}>{STATUS[a.status]}</Badge>
      </PageHeader>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-3 text-sm" aria-label="Keterangan arsip">
          <dl>
            <Row label="Unit pengolah">{a.unitKerja.nama}</Row>
            <Row label="Berkas">{a.berkasArsip.judul}</Row>
            <Row label="Klasifikasi">{a.klasifikasiArsip ? `${a.klasifikasiArsip.kode} ${a.klasifikasiArsip.nama}` : 'belum diisi'}</Row>
            <Row label="Tanggal naskah">{tanggalArsip(a.tanggal)}</Row>
            <Row label="Retensi aktif s.d.">{tanggalArsip(a.aktifSampai)}</Row>
            <Row label="Retensi inaktif s.d.">{tanggalArsip(a.inaktifSampai)}</Row>
            <Row label="Keterangan JRA">{a.keterangan ? KETERANGAN_LABEL[a.keterangan] : 'JRA belum ditetapkan untuk kode ini'}</Row>
            <Row label="Bukti tanda tangan berlaku s.d.">
              {keteranganBukti({ ...a, sumber: n.sumber })}
            </Row>
            {a.berkasDihapusPada ? (
              <Row label="Berkas">dihapus dari penyimpanan {tanggalArsip(a.berkasDihapusPada)}; keterangan dan jejak audit tetap disimpan</Row>
            ) : (
              n.berkasUtamaId && (
                <Row label="Berkas">
                  <a href={`/arsip/rekaman/${a.id}/berkas`} className="font-semibold text-brand-700 underline">
                    Unduh PDF
                  </a>
                </Row>
              )
            )}
            {a.penyusutan.map(({ penyusutan: p }) => (
              <Row key={p.id} label="Penyusutan">
                <Link href={`/arsip/penyusutan/${p.id}`} className="text-brand-700 underline">
                  {JENIS_PENYUSUTAN_LABEL[p.jenis].daftar}
                </Link>{' '}
                · {STATUS_PENYUSUTAN_LABEL[p.status]}
              </Row>
            ))}
          </dl>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-3 text-sm" aria-label="Riwayat">
          <h2 className="mb-2 font-semibold">Disposisi</h2>
          {n.disposisi.length === 0 ? (
            <p className="text-slate-500">Tidak ada disposisi.</p>
          ) : (
            <ul className="space-y-2">
              {n.disposisi.map((d) => (
                <li key={d.id}>
                  <strong>{d.dariJabatan.nama}</strong> → {d.penerima.map((p) => `${p.jabatan.nama} (${p.status.toLowerCase().replace('_', ' ')})`).join(', ')}
                  <div className="text-xs text-slate-600">
                    {tanggalArsip(d.createdAt)} · {d.instruksi.join(', ')}
                    {d.catatan ? ` · ${d.catatan}` : ''}
                  </div>
                  {d.penerima.flatMap((p) => p.tindakLanjut).map((t, i) => (
                    <div key={i} className="text-xs text-slate-600">
                      Tindak lanjut {tanggalArsip(t.createdAt)}: {t.catatan}
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          )}
          <h2 className="mb-2 mt-4 font-semibold">Jejak audit</h2>
          <ol className="space-y-1 text-xs text-slate-700">
            {a.audit.map((r) => (
              <li key={r.id.toString()}>
                {formatTanggalJam(r.createdAt)} · {isAksiAudit(r.action) ? AKSI_AUDIT[r.action] : r.action}
                {r.actorJabatan ? ` · ${r.actorJabatan.nama}` : ''}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
