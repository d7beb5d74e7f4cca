import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { DisposisiForm } from '@/components/disposisi/disposisi-form';
import { recipientView } from '@/lib/domain/disposisi/recipient-view';
import { DisposisiTimeline } from '@/components/disposisi/disposisi-timeline';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { TindakLanjutForm } from '@/components/disposisi/tindak-lanjut-form';
import { TindakanTertundaList } from '@/components/disposisi/tindakan-tertunda';
import { PdfPages } from '@/components/surat/pdf-pages';
import { SuratMetadata } from '@/components/surat/surat-metadata';
import { deletePresetAction, giveDisposisiAction, savePresetAction, tindakLanjutAction, withdrawDisposisiAction } from './actions';
import { Section } from '@/components/ui/section';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Surat' };

export default async function SuratPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await pageParams(params, idParams);
  const page = await loadPage(async () => {
    const surat = await openSurat(actor, id);
    const options = surat.bisaDisposisi ? await listDisposisiOptions(actor) : null;
    // A post with no one below it (staf, TU) cannot dispose: no empty "Kepada" card.
    return { surat, options: options && options.recipients.length > 0 ? options : null };
  });
  if (!page.ok) return <Forbidden message={page.message} />;
  const { surat, options } = page.data;

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <TautanKembali href={surat.daftarAsal.href}>{surat.daftarAsal.label}</TautanKembali>
      <header>
        <div className="flex flex-wrap gap-1.5">
          {surat.derajatKecepatan !== 'BIASA' && <Badge tone={surat.derajatKecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber'}>{DERAJAT_KECEPATAN_LABEL[surat.derajatKecepatan]}</Badge>}
          {surat.klasifikasiKeamanan !== 'BIASA' && <Badge>{KLASIFIKASI_KEAMANAN_LABEL[surat.klasifikasiKeamanan]}</Badge>}
        </div>
        <h1 className="mt-1 text-xl font-bold text-slate-900 md:text-2xl">{surat.perihal}</h1>
        <p className="text-sm text-slate-600">{surat.pengirim}</p>
      </header>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-4">
          <TindakanTertundaList naskahId={surat.id} />
          {options && (
            <Section title="Disposisi">
              <DisposisiForm
                naskahId={surat.id}
                recipients={options.recipients.map(recipientView)}
                quickRecipientIds={options.quickRecipientIds}
                instruksi={options.instruksi}
                presets={options.presets}
                action={giveDisposisiAction}
                savePresetAction={savePresetAction}
              />
              {options.presets.length > 0 && (
                <details className="mt-3 text-sm">
                  <summary className="flex min-h-11 cursor-pointer items-center text-slate-600">Kelola preset</summary>
                  <ul className="mt-2 space-y-1.5" aria-label="Preset tersimpan">
                    {options.presets.map((p) => (
                      <li key={p.id} className="flex items-center justify-between gap-2">
                        <span>{p.nama}</span>
                        <SmallActionForm fields={{ presetId: p.id, naskahId: surat.id }} label="Hapus" action={deletePresetAction} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </Section>
          )}
          {surat.disposisiUntukSaya.map((penerimaId) => (
            <Section key={penerimaId} title="Tindak lanjut disposisi untuk Anda">
              <TindakLanjutForm naskahId={surat.id} penerimaDisposisiId={penerimaId} action={tindakLanjutAction} />
            </Section>
          ))}
          <Section title="Dokumen">
            {surat.berkas ? (
              <PdfPages src={`/berkas/${surat.berkas.id}`} title="Pindaian surat" />
            ) : (
              <p className="text-sm text-slate-500">Pindaian surat belum diunggah.</p>
            )}
          </Section>
        </div>
        <div className="space-y-4">
          <Section title="Data surat">
            <SuratMetadata surat={surat} />
          </Section>
          <Section title="Riwayat disposisi">
            <a href={`/surat-masuk/${surat.id}/lembar-disposisi`} target="_blank" rel="noopener" className="mb-3 inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-3 text-sm font-semibold text-brand-700">
              Cetak lembar disposisi (PDF)
            </a>
            <DisposisiTimeline
              disposisi={surat.disposisi}
              renderWithdraw={(d) =>
                d.bisaDitarik ? <SmallActionForm fields={{ disposisiId: d.id, naskahId: surat.id }} label="Tarik disposisi" action={withdrawDisposisiAction} konfirmasi={{ tanya: 'Tarik disposisi ini? Penerima tidak lagi melihatnya.', ya: 'Ya, tarik' }} /> : null
              }
            />
          </Section>
        </div>
      </div>
    </div>
  );
}
