import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { KONTEN_FIELDS } from '@/lib/domain/naskah/konten-fields';
import { openNaskah } from '@/lib/services/naskah/open-naskah';
import { Forbidden } from '@/components/ui/forbidden';
import { NaskahHeader, NaskahReadView } from '@/components/naskah/naskah-read-view';
import { PreviewPanel } from '@/components/naskah/preview-panel';
import { FinalPanel } from '@/components/naskah/final-panel';
import { openNaskahTandaTangan } from '@/lib/services/tanda-tangan/open-naskah-tanda-tangan';
import { ReviewActions } from '@/components/naskah/review-actions';
import { TindakanTertundaList } from '@/components/disposisi/tindakan-tertunda';
import { previewUrlOf } from '@/components/naskah/preview-url';
import { approveNaskahAction, editAsVerifikatorAction, returnToDrafterAction } from './actions';

import { readSertifikatPenandatanganNaskah } from '@/lib/services/tanda-tangan/read-sertifikat-penandatangan-naskah';
import { SertifikatPenandatanganNotice } from '@/components/tanda-tangan/sertifikat-penandatangan-notice';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Verifikasi naskah' };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await pageParams(params, idParams);
  const page = await loadPage(async () => {
    const naskah = await openNaskah(actor, id);
    // Once signed, the number, date and signed PDF replace the draft preview.
    return { naskah, sertifikat: await readSertifikatPenandatanganNaskah(id), final: naskah.status === 'DITANDATANGANI' ? await openNaskahTandaTangan(actor, id) : null };
  });
  if (!page.ok) return <Forbidden message={page.message} />;
  const { naskah, sertifikat, final } = page.data;
  const acting = naskah.peran.myTurn || naskah.peran.canReturnAsSigner;
  const previewUrl = previewUrlOf(naskah.id);

  return (
    <div className="mx-auto max-w-6xl space-y-4">
      {naskah.peran.isSigner && naskah.status === 'MENUNGGU_TANDA_TANGAN' ? (
        <TautanKembali href="/tanda-tangan">Perlu Tanda Tangan</TautanKembali>
      ) : (
        <TautanKembali href="/perlu-verifikasi">Perlu Verifikasi</TautanKembali>
      )}
      <NaskahHeader naskah={naskah} />
      <SertifikatPenandatanganNotice pesan={sertifikat} />
      <TindakanTertundaList naskahId={naskah.id} />
      <NaskahReadView naskah={naskah} preview={final ? <FinalPanel n={final} /> : <PreviewPanel url={previewUrl} version={naskah.versiTerakhir} />}>
        {acting && (
          <ReviewActions
            naskahId={naskah.id}
            canParaf={naskah.peran.myTurn}
            last={naskah.peran.lastInChain}
            fields={KONTEN_FIELDS[naskah.jenis]}
            perihal={naskah.perihal}
            konten={(naskah.konten ?? {}) as Record<string, unknown>}
            approveAction={approveNaskahAction}
            returnAction={returnToDrafterAction}
            editAction={editAsVerifikatorAction}
          />
        )}
      </NaskahReadView>
    </div>
  );
}
