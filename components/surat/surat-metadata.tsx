import type { SuratView } from '@/lib/services/surat-masuk/open-surat';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';
import { formatHariKalender, formatTanggalJam } from '@/lib/domain/tanggal';
import { MetadataList } from '@/components/ui/metadata-list';

/** The agenda data of a letter as a definition list. */
export function SuratMetadata({ surat }: { surat: SuratView }) {
  const rows: [string, string | null][] = [
    ['Nomor surat', surat.nomor],
    ['Tanggal surat', surat.tanggalNaskah ? formatHariKalender(surat.tanggalNaskah) : null],
    ['Pengirim', [surat.pengirim, surat.pengirimAlamat].filter(Boolean).join(', ')],
    ['Nomor agenda', surat.nomorAgenda ? `${surat.nomorAgenda}/${surat.tahunAgenda}` : null],
    ['Diterima', surat.tanggalDiterima ? formatTanggalJam(surat.tanggalDiterima) : null],
    ['Sifat', surat.sifat],
    ['Klasifikasi keamanan', KLASIFIKASI_KEAMANAN_LABEL[surat.klasifikasiKeamanan]],
    ['Kecepatan', DERAJAT_KECEPATAN_LABEL[surat.derajatKecepatan]],
    ['Klasifikasi arsip', surat.klasifikasiArsip ? `${surat.klasifikasiArsip.kode} ${surat.klasifikasiArsip.nama}` : null],
    ['Lampiran', surat.lampiranJumlah ? `${surat.lampiranJumlah} berkas` : '-'],
  ];
  return <MetadataList rows={rows.filter((r): r is [string, string] => Boolean(r[1]))} />;
}
