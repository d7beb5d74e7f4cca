import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { JENIS_NASKAH_LABEL } from '@/lib/domain/naskah/konten';
import { KONTEN_FIELDS } from '@/lib/domain/naskah/konten-fields';
import { labelPilihanPenerima } from '@/lib/domain/naskah/penerima';
import { listDraftOptions } from '@/lib/services/naskah/list-draft-options';
import { openNaskah, type NaskahDetail } from '@/lib/services/naskah/open-naskah';
import { Forbidden } from '@/components/ui/forbidden';
import { KonsepEditor } from '@/components/naskah/konsep-editor';
import { CatatanPengembalian, NaskahHeader, NaskahReadView } from '@/components/naskah/naskah-read-view';
import { Section } from '@/components/ui/section';
import { ChainTimeline } from '@/components/naskah/chain-timeline';
import { VersionList } from '@/components/naskah/version-list';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { PreviewPanel } from '@/components/naskah/preview-panel';
import { FinalPanel } from '@/components/naskah/final-panel';
import { openNaskahTandaTangan } from '@/lib/services/tanda-tangan/open-naskah-tanda-tangan';
import { previewUrlOf } from '@/components/naskah/preview-url';
import { CancelKonsepButton } from '@/components/naskah/cancel-konsep-button';
import { cancelKonsepAction, deleteLampiranAction, saveKonsepAction, submitForReviewAction, withdrawNaskahAction } from './actions';
import { readSertifikatPenandatanganNaskah } from '@/lib/services/tanda-tangan/read-sertifikat-penandatangan-naskah';
import { SertifikatPenandatanganNotice } from '@/components/tanda-tangan/sertifikat-penandatangan-notice';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Konsep naskah' };

/** The chain as the drafter last left it; else that of the latest round; else (null) the signer's default. */
function chainToOffer(naskah: NaskahDetail): string[] | null {
  const saved = naskah.rantaiParafKonsep;
  if (Array.isArray(saved) && saved.every((id) => typeof id === 'string')) return saved as string[];
  if (naskah.putaran === 0) return null;
  return naskah.verifikasi.filter((s) => s.putaran === naskah.putaran && s.jabatanId !== naskah.penandatanganJabatanId).map((s) => s.jabatanId);
}

export default async function KonsepDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await pageParams(params, idParams);
  const page = await loadPage(async () => {
    const naskah = await openNaskah(actor, id);
    return {
      naskah,
      options: naskah.peran.canEdit ? await listDraftOptions(actor, naskah.pembuatJabatanId!) : null,
      sertifikat: await readSertifikatPenandatanganNaskah(naskah.id),
      // Once signed, the number, date and signed PDF replace the draft preview.
      final: naskah.status === 'DITANDATANGANI' ? await openNaskahTandaTangan(actor, id) : null,
    };
  });
  if (!page.ok) return <Forbidden message={page.message} />;
  const { naskah, options, sertifikat, final } = page.data;

  if (!options) {
    return (
      <div className="mx-auto max-w-6xl space-y-4">
        <TautanKembali href="/konsep">Konsep</TautanKembali>
        <NaskahHeader naskah={naskah} />
        <SertifikatPenandatanganNotice pesan={sertifikat} />
        {naskah.peran.canWithdraw && (
          <SmallActionForm fields={{ naskahId: naskah.id }} label="Tarik kembali menjadi konsep" action={withdrawNaskahAction} tone="neutral" />
        )}
        <NaskahReadView naskah={naskah} preview={final ? <FinalPanel n={final} /> : <PreviewPanel url={previewUrlOf(naskah.id)} version={naskah.versiTerakhir} />} />
      </div>
    );
  }

  const k = naskah.konten as Record<string, unknown>;
  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <TautanKembali href="/konsep">Konsep</TautanKembali>
      <NaskahHeader naskah={naskah} />
      <SertifikatPenandatanganNotice pesan={sertifikat} />
      <CatatanPengembalian naskah={naskah} />
      {naskah.peran.canCancel && <CancelKonsepButton naskahId={naskah.id} action={cancelKonsepAction} />}
      <KonsepEditor
        naskahId={naskah.id}
        jenisLabel={JENIS_NASKAH_LABEL[naskah.jenis]}
        fields={KONTEN_FIELDS[naskah.jenis]}
        initial={{
          perihal: naskah.perihal,
          konten: k ?? {},
          penandatanganJabatanId: naskah.penandatanganJabatanId,
          atasNamaPimpinan: naskah.atasNamaJabatanId !== null,
          klasifikasiArsipId: naskah.klasifikasiArsipId,
          klasifikasiArsip: naskah.klasifikasiArsip,
          klasifikasiKeamanan: naskah.klasifikasiKeamanan,
          derajatKecepatan: naskah.derajatKecepatan,
          lampiranKeterangan: naskah.lampiranKeterangan ?? '',
          tujuan: naskah.penerima.filter((p) => p.jenis === 'TUJUAN').map((p) => (p.jabatanId ? { jabatanId: p.jabatanId } : { nama: p.namaEksternal ?? '', alamat: p.alamatEksternal ?? '' })),
          tembusan: naskah.penerima.filter((p) => p.jenis === 'TEMBUSAN').map((p) => (p.jabatanId ? { jabatanId: p.jabatanId } : { nama: p.namaEksternal ?? '', alamat: p.alamatEksternal ?? '' })),
          chain: chainToOffer(naskah),
        }}
        lampiran={naskah.berkas}
        options={options}
        penerimaLabels={Object.fromEntries(naskah.penerima.flatMap((p) => (p.jabatanId && p.jabatan ? [[p.jabatanId, labelPilihanPenerima(p.jabatan.nama, p.jabatan.opd.singkatan)]] : [])))}
        saveAction={saveKonsepAction}
        submitAction={submitForReviewAction}
        deleteLampiranAction={deleteLampiranAction}
        previewUrl={previewUrlOf(naskah.id)}
      />
      {naskah.versi.length > 0 && (
        <div className="grid gap-4 lg:grid-cols-2">
          <Section title="Riwayat versi">
            <VersionList naskahId={naskah.id} rows={naskah.versi} />
          </Section>
          {naskah.verifikasi.length > 0 && (
            <Section title="Alur verifikasi sebelumnya">
              <ChainTimeline steps={naskah.verifikasi} currentStepId={null} penandatanganJabatanId={naskah.penandatanganJabatanId} sedangVerifikasi={false} />
            </Section>
          )}
        </div>
      )}
    </div>
  );
}
