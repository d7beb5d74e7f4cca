// A naskah in review: what it says, who signs it, to whom, its chain and its versions.
import { Badge } from '@/components/ui/badge';
import { JENIS_NASKAH_LABEL } from '@/lib/domain/naskah/konten';
import { KONTEN_FIELDS } from '@/lib/domain/naskah/konten-fields';
import { namaJabatanPenerima } from '@/lib/domain/naskah/penerima';
import { penandatanganSebaris } from '@/lib/domain/naskah/penandatangan-sebaris';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL, STATUS_NASKAH_LABEL } from '@/lib/domain/naskah/labels';
import { currentStep } from '@/lib/domain/naskah/review-chain';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import type { NaskahDetail } from '@/lib/services/naskah/open-naskah';
import { ChainTimeline } from './chain-timeline';
import { KontenView } from './konten-view';
import { LampiranPanel } from './lampiran-panel';
import { Section } from '@/components/ui/section';
import { VersionList } from './version-list';

const penerimaLabel = (p: NaskahDetail['penerima'][number], naskahOpdId: string) =>
  p.jabatan ? namaJabatanPenerima(p.jabatan, naskahOpdId) : [p.namaEksternal, p.alamatEksternal].filter(Boolean).join(', ');

function penandatanganLabel(naskah: NaskahDetail): string {
  if (!naskah.penandatanganJabatan) return '—';
  return penandatanganSebaris({ cara: naskah.caraTandaTangan, jabatan: naskah.penandatanganJabatan.nama, atasNama: naskah.atasNamaJabatan?.nama ?? null });
}

export function NaskahHeader({ naskah }: { naskah: NaskahDetail }) {
  return (
    <header>
      <div className="flex flex-wrap gap-1.5">
        <Badge tone="blue">{STATUS_NASKAH_LABEL[naskah.status]}</Badge>
        {naskah.derajatKecepatan !== 'BIASA' && <Badge tone={naskah.derajatKecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber'}>{DERAJAT_KECEPATAN_LABEL[naskah.derajatKecepatan]}</Badge>}
        {naskah.klasifikasiKeamanan !== 'BIASA' && <Badge>{KLASIFIKASI_KEAMANAN_LABEL[naskah.klasifikasiKeamanan]}</Badge>}
      </div>
      <h1 className="mt-1 text-xl font-bold text-slate-900 md:text-2xl">{naskah.perihal || '(belum ada hal)'}</h1>
      <p className="text-sm text-slate-600">
        {JENIS_NASKAH_LABEL[naskah.jenis]} · dari {naskah.pembuatJabatan?.nama} · versi {naskah.versiTerakhir}
      </p>
    </header>
  );
}

export function CatatanPengembalian({ naskah }: { naskah: NaskahDetail }) {
  if (!naskah.catatanPengembalian) return null;
  const c = naskah.catatanPengembalian;
  return (
    <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-semibold text-amber-900">Dikembalikan oleh {c.oleh}{c.pada ? `, ${formatTanggalJam(c.pada)}` : ''}</p>
      <p className="mt-1 whitespace-pre-line text-amber-900" data-testid="catatan-pengembalian">
        {c.catatan}
      </p>
    </div>
  );
}

export function NaskahDetails({ naskah }: { naskah: NaskahDetail }) {
  const tujuan = naskah.penerima.filter((p) => p.jenis === 'TUJUAN');
  const tembusan = naskah.penerima.filter((p) => p.jenis === 'TEMBUSAN');
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-xs text-slate-500">Penandatangan</dt>
        <dd data-testid="penandatangan">{penandatanganLabel(naskah)}</dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">Klasifikasi arsip</dt>
        <dd>{naskah.klasifikasiArsip ? `${naskah.klasifikasiArsip.kode} ${naskah.klasifikasiArsip.nama}` : '—'}</dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">Tujuan</dt>
        <dd>{tujuan.length ? <ul>{tujuan.map((p, i) => <li key={i}>{penerimaLabel(p, naskah.opdId)}</li>)}</ul> : '—'}</dd>
      </div>
      <div>
        <dt className="text-xs text-slate-500">Tembusan</dt>
        <dd>{tembusan.length ? <ul>{tembusan.map((p, i) => <li key={i}>{penerimaLabel(p, naskah.opdId)}</li>)}</ul> : '—'}</dd>
      </div>
    </dl>
  );
}

export function NaskahReadView({ naskah, children, preview }: { naskah: NaskahDetail; children?: React.ReactNode; preview?: React.ReactNode }) {
  const step = naskah.status === 'VERIFIKASI' ? currentStep(naskah.verifikasi) : null;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="space-y-4">
        <CatatanPengembalian naskah={naskah} />
        {children}
        <Section title="Isi naskah">
          <KontenView fields={KONTEN_FIELDS[naskah.jenis]} konten={naskah.konten} />
        </Section>
        <Section title="Keterangan">
          <NaskahDetails naskah={naskah} />
        </Section>
        <Section title="Lampiran">
          <LampiranPanel naskahId={naskah.id} rows={naskah.berkas} readOnly />
        </Section>
        {preview && <Section title="Pratinjau">{preview}</Section>}
      </div>
      <div className="space-y-4">
        <Section title="Alur verifikasi">
          <ChainTimeline steps={naskah.verifikasi} currentStepId={step?.id ?? null} penandatanganJabatanId={naskah.penandatanganJabatanId} sedangVerifikasi={naskah.status === 'VERIFIKASI'} />
        </Section>
        <Section title="Riwayat versi">
          <VersionList naskahId={naskah.id} rows={naskah.versi} />
        </Section>
      </div>
    </div>
  );
}
