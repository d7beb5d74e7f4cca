import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { adaPermintaan, cariFilterSchema, type CariFilter } from '@/lib/domain/cari/filter';
import { berselang } from '@/lib/domain/cari/highlight';
import { SUMBER_CATATAN_LABEL } from '@/lib/domain/cari/hasil';
import { CARI_MAX_HALAMAN, CARI_MAX_KANDIDAT, batasHalamanCari, halamanDiluarBatas, pesanHalamanDiluar } from '@/lib/domain/cari/query';
import { firstValues, parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { isJenisDidukung, JENIS_NASKAH_LABEL } from '@/lib/domain/naskah/konten';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL, STATUS_NASKAH_LABEL } from '@/lib/domain/naskah/labels';
import { formatTanggalTampil, isoTanggalTampil } from '@/lib/domain/tanggal';
import { cariSurat, type HasilCari } from '@/lib/services/cari/cari-surat';
import { klasifikasiDikenal } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';
import { CariFilterForm } from '@/components/cari/cari-filter';
import { HasilCariList, type HasilCariView } from '@/components/cari/hasil-cari-list';
import type { BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';

export const metadata: Metadata = { title: 'Cari' };

/** The two orders, as links that keep the words and filters: the best matches, or the newest first. */
const URUTAN: [CariFilter['urut'], string][] = [
  [undefined, 'Paling sesuai'],
  ['terbaru', 'Terbaru'],
];

const PILIH_KODE = 'Pilih dari saran yang muncul saat mengetik kode atau nama.';

export default async function CariPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const { data: filter, notice } = parseQuery(cariFilterSchema, params);
  // The klasifikasi field is typed: what was typed, when it is not a kode, is named back (the
  // schema drops it silently, as it does a stale link's value).
  const kodeDiminta = firstValues(params).klasifikasi?.trim().slice(0, 60) || undefined;
  const halamanDiluar = halamanDiluarBatas(firstValues(params).halaman);
  const page = await loadPage(async () => {
    const kode = filter.klasifikasi;
    const [hasil, kodeDikenal] = await Promise.all([cariSurat(actor, filter), kode ? klasifikasiDikenal(actor, kode) : true]);
    return { ...hasil, kodeDikenal };
  });
  if (!page.ok) return <Forbidden message={page.message} />;
  const { hasil, adaBerikutnya, kodeDikenal } = page.data;
  const halamanLain = (halaman: number, ubah: Partial<CariFilter> = {}) => {
    const q = new URLSearchParams(Object.entries({ ...filter, ...ubah }).flatMap(([k, v]) => (k !== 'halaman' && v ? [[k, String(v)]] : [])));
    q.set('halaman', String(halaman));
    return `/cari?${q.toString()}`;
  };

  return (
    <>
      <PageHeader title="Cari surat" description="Surat masuk, naskah dinas, disposisi dan tindak lanjut yang boleh Anda buka" />
      <CariFilterForm filter={filter} klasifikasiDiketik={kodeDiminta} />
      {notice && <Notice>{notice}</Notice>}
      {halamanDiluar !== null && adaPermintaan(filter) && <Notice>{pesanHalamanDiluar(halamanDiluar)}</Notice>}
      {kodeDiminta && !filter.klasifikasi && (
        <Notice>Kode klasifikasi arsip &ldquo;{kodeDiminta}&rdquo; tidak dikenal, saringan klasifikasi diabaikan. {PILIH_KODE}</Notice>
      )}
      {!kodeDikenal && (
        <Notice>
          Kode klasifikasi arsip {filter.klasifikasi} tidak ada di instansi Anda. {PILIH_KODE}
        </Notice>
      )}
      {!adaPermintaan(filter) ? (
        <EmptyState title="Ketik yang Anda cari">Nomor surat (utuh atau sebagian, mis. 0157 atau /DISKOMINFO/2026), nomor agenda, hal, isi, pengirim, tujuan, tembusan, atau penanda tangan.</EmptyState>
      ) : hasil.length === 0 && filter.halaman > 1 ? (
        // A page number typed into the address, or a saved link to a search that now finds fewer letters.
        <EmptyState title={`Halaman ${filter.halaman} kosong`}>
          Hasil pencarian ini tidak sampai halaman {filter.halaman}.{' '}
          <Link href={halamanLain(1)} className="font-semibold text-brand-700 underline">
            Lihat halaman 1
          </Link>
        </EmptyState>
      ) : hasil.length === 0 ? (
        <EmptyState title="Tidak ada surat yang cocok">Periksa ejaan, gunakan kata lain, atau hapus saringan.</EmptyState>
      ) : (
        <>
          <nav aria-label="Urutan hasil" className="mb-2 flex flex-wrap items-center gap-2 text-sm">
            <span className="text-slate-600">Urutkan:</span>
            {URUTAN.map(([urut, label]) => {
              const aktif = filter.urut === urut;
              return (
                <Link
                  key={label}
                  href={halamanLain(1, { urut })}
                  aria-current={aktif ? 'true' : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-3 font-medium ${aktif ? 'border-brand-700 bg-brand-50 font-semibold text-brand-800' : 'border-slate-300 text-slate-700'}`}
                >
                  {label}
                </Link>
              );
            })}
          </nav>
          <HasilCariList hasil={hasil.map(hasilView)} />
          <p className="mt-2 text-sm">
            <a href={halamanLain(1).replace(/^\/cari\?/, '/arsip/cari/unduh?')} className="inline-block font-semibold text-brand-700 underline">
              Unduh semua hasil (zip berisi PDF dan indeks CSV)
            </a>
          </p>
          <nav aria-label="Halaman hasil" className="mt-3 flex items-center justify-between text-sm">
            {filter.halaman > 1 ? (
              <Link href={halamanLain(filter.halaman - 1)} className="rounded-lg border border-slate-300 px-3 py-1.5 font-medium text-slate-700">
                ← Sebelumnya
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-600">Halaman {filter.halaman}</span>
            {adaBerikutnya && filter.halaman < CARI_MAX_HALAMAN ? (
              <Link href={halamanLain(filter.halaman + 1)} className="rounded-lg border border-slate-300 px-3 py-1.5 font-medium text-slate-700">
                Berikutnya →
              </Link>
            ) : (
              <span />
            )}
          </nav>
          {batasHalamanCari(filter.halaman, hasil.length) && (
            <div className="mt-3">
              <Notice>
                Pencarian menampilkan {CARI_MAX_KANDIDAT} surat terbaru yang cocok. Surat yang lebih lama: persempit dengan kata lain atau saringan, misalnya rentang tanggal.
              </Notice>
            </div>
          )}
        </>
      )}
    </>
  );
}

function hasilView(h: HasilCari): HasilCariView {
  const badges: [BadgeTone, string][] = [['blue', STATUS_NASKAH_LABEL[h.status]]];
  if (isJenisDidukung(h.jenis)) badges.push(['slate', JENIS_NASKAH_LABEL[h.jenis]]);
  if (h.derajatKecepatan !== 'BIASA') badges.push([h.derajatKecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber', DERAJAT_KECEPATAN_LABEL[h.derajatKecepatan]]);
  if (h.klasifikasiKeamanan !== 'BIASA') badges.push(['slate', KLASIFIKASI_KEAMANAN_LABEL[h.klasifikasiKeamanan]]);
  const catatan: HasilCariView[8] = h.catatan && [SUMBER_CATATAN_LABEL[h.catatan.sumber], berselang(h.catatan.teks)];
  return [h.tautan, badges, isoTanggalTampil(h.tanggal), formatTanggalTampil(h.tanggal), berselang(h.perihal), berselang(h.nomor), berselang(h.pihak), berselang(h.cuplikan), catatan];
}
