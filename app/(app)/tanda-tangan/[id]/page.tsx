import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL, STATUS_NASKAH_LABEL } from '@/lib/domain/naskah/labels';
import { openNaskahTandaTangan } from '@/lib/services/tanda-tangan/open-naskah-tanda-tangan';
import { Badge } from '@/components/ui/badge';
import { Forbidden } from '@/components/ui/forbidden';
import { ParafHistory } from '@/components/tanda-tangan/paraf-history';
import { SignForm } from '@/components/tanda-tangan/sign-form';
import { SignedResult } from '@/components/tanda-tangan/signed-result';
import { PdfPages } from '@/components/surat/pdf-pages';
import { readSertifikatPenandatangan } from '@/lib/services/tanda-tangan/read-sertifikat-penandatangan';
import { reconcileBelumPastiAction, signNaskahAction } from './actions';
import { ReconcileForm } from '@/components/tanda-tangan/reconcile-form';
import { signingCredentialKind } from '@/lib/services/tanda-tangan/request-totp';
import { requestTotpAction } from '../actions';
import { Section } from '@/components/ui/section';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Tanda Tangan Naskah' };

export default async function TandaTanganNaskahPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await pageParams(params, idParams);
  const page = await loadPage(() => openNaskahTandaTangan(actor, id));
  if (!page.ok) return <Forbidden message={page.message} />;
  const n = page.data;
  const sertifikat = n.bisaTandaTangan ? await readSertifikatPenandatangan(actor) : null;
  const signed = n.status === 'DITANDATANGANI' && n.nomor && n.berkasFinal;
  const pratinjau = `/tanda-tangan/${n.id}/pratinjau`;

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <TautanKembali href="/tanda-tangan">Perlu Tanda Tangan</TautanKembali>
      <header>
        <div className="flex flex-wrap gap-1.5">
          <Badge tone={signed ? 'green' : 'blue'}>{STATUS_NASKAH_LABEL[n.status]}</Badge>
          {n.derajatKecepatan !== 'BIASA' && <Badge tone={n.derajatKecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber'}>{DERAJAT_KECEPATAN_LABEL[n.derajatKecepatan]}</Badge>}
          {n.klasifikasiKeamanan !== 'BIASA' && <Badge>{KLASIFIKASI_KEAMANAN_LABEL[n.klasifikasiKeamanan]}</Badge>}
        </div>
        <h1 className="mt-1 text-xl font-bold text-slate-900 md:text-2xl">{n.perihal}</h1>
        <p className="text-sm text-slate-600">
          Pengonsep: {n.pembuat ?? '-'} · Penandatangan: {n.penandatangan ?? '-'}
        </p>
      </header>

      {/* On a phone the form comes first: below a naskah of several pages the passphrase was some
          3,500 px down. The document follows it, with a way back up; on a wide screen it sits beside. */}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr]">
        <div id="tanda-tangan" className="scroll-mt-4 space-y-4 lg:col-start-2 lg:row-start-1">
          {signed ? (
            <Section title="Hasil tanda tangan">
              <SignedResult
                nomor={n.nomor!}
                tanggalNaskah={n.tanggalNaskah}
                ditandatanganiPada={n.ditandatanganiPada}
                berkasFinal={n.berkasFinal!}
                verifikasiUrl={n.verifikasiUrl}
                tautanEksternal={n.penerima.flatMap((p) => (p.tautanUnduh ? [{ id: p.id, nama: p.nama, tautanUnduh: p.tautanUnduh }] : []))}
                tautanBerlakuSampai={n.tautanBerlakuSampai}
              />
            </Section>
          ) : n.bisaTandaTangan ? (
            <Section title="Tanda tangan elektronik">
              <a href="#pratinjau" className="-mt-1 mb-1 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 lg:hidden">
                Baca naskah lebih dulu ↓
              </a>
              {sertifikat && (
                <p role={sertifikat.tingkat === 'galat' ? 'alert' : 'status'} data-testid="sertifikat-notice" className={`mb-3 rounded-md px-3 py-2 text-sm ${sertifikat.tingkat === 'galat' ? 'bg-red-50 text-red-800' : 'bg-amber-50 text-amber-900'}`}>
                  {sertifikat.pesan}
                </p>
              )}
              {n.bisaDiperiksaDiBsre && <ReconcileForm naskahId={n.id} action={reconcileBelumPastiAction} />}
              <SignForm
                naskahId={n.id}
                action={signNaskahAction}
                lastFailure={n.gagalTandaTanganAlasan}
                belumPasti={n.belumPasti}
                totp={signingCredentialKind() === 'totp' ? { documents: 1, request: requestTotpAction } : undefined}
              />
            </Section>
          ) : (
            <Section title="Tanda tangan elektronik">
              <p className="text-sm text-slate-600">Naskah ini hanya dapat ditandatangani oleh {n.penandatangan ?? 'penandatangan'}.</p>
              {n.gagalTandaTanganAlasan && <p className="mt-2 text-sm text-red-800">Percobaan terakhir gagal: {n.gagalTandaTanganAlasan}</p>}
            </Section>
          )}
        </div>
        <div id="pratinjau" className="scroll-mt-4 space-y-4 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <Section title={signed ? 'Naskah bertanda tangan' : 'Pratinjau naskah'}>
            {!signed && <p className="mb-2 text-xs text-slate-600">Nomor dan tanggal diisi otomatis saat ditandatangani.</p>}
            <PdfPages src={signed ? n.berkasFinal! : pratinjau} title={signed ? 'Naskah bertanda tangan' : 'Pratinjau naskah'} linkLabel={signed ? 'Buka PDF bertanda tangan' : 'Buka pratinjau (PDF)'} />
            {n.bisaTandaTangan && !signed && (
              <a href="#tanda-tangan" className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 lg:hidden">
                ↑ Kembali ke tanda tangan
              </a>
            )}
          </Section>
          <Section title="Penerima">
            <ul className="space-y-1 text-sm">
              {n.penerima.map((p) => (
                <li key={p.id}>
                  <span className="text-xs font-semibold text-slate-500">{p.jenis === 'TUJUAN' ? 'Yth.' : 'Tembusan'}</span> {p.nama}
                  {p.eksternal && <span className="text-xs text-slate-500"> (di luar sistem{p.alamat ? `, ${p.alamat}` : ''})</span>}
                </li>
              ))}
            </ul>
          </Section>
        </div>
        <div className="space-y-4 self-start lg:col-start-2 lg:row-start-2">
          <Section title="Riwayat paraf">
            <ParafHistory rows={n.paraf} />
          </Section>
        </div>
      </div>
    </div>
  );
}
