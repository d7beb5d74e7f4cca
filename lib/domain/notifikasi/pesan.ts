// The words of every notification, pure. The one security rule lives here: the perihal (and nomor)
// of a Rahasia or Sangat Rahasia letter never goes into any message (bell, e-mail, WhatsApp, push),
// because a message outlives the right to open the letter and leaves the app on other channels.
import type { JenisNotifikasi } from './jenis';
import { formatTanggal } from '@/lib/domain/tanggal';

export interface SuratRef {
  id: string;
  perihal: string;
  nomor: string | null;
  klasifikasiKeamanan: string;
}

const LABEL_TERBATAS: Record<string, string> = { RAHASIA: 'RAHASIA', SANGAT_RAHASIA: 'SANGAT RAHASIA' };

export function isTerbatas(surat: Pick<SuratRef, 'klasifikasiKeamanan'>): boolean {
  return Object.hasOwn(LABEL_TERBATAS, surat.klasifikasiKeamanan);
}

/** How a letter is named in a message: its perihal, or only its class when that is secret. */
export function sebutSurat(surat: SuratRef): string {
  return isTerbatas(surat) ? `surat ${LABEL_TERBATAS[surat.klasifikasiKeamanan]}` : `"${surat.perihal}"`;
}

export type PesanInput =
  | { jenis: 'DISPOSISI_DITERIMA'; surat: SuratRef; dari: string; batasWaktu: string | null }
  | { jenis: 'TINDAK_LANJUT_DILAPORKAN'; surat: SuratRef; oleh: string; selesai: boolean }
  | { jenis: 'TENGGAT_BESOK' | 'TENGGAT_LEWAT'; surat: SuratRef; batasWaktu: string; penerima: string; untukPemberi: boolean }
  /** `pengirim` for a letter from outside, registered by the TU clerk. */
  | { jenis: 'SURAT_DITERIMA'; surat: SuratRef; tembusan: boolean; pengirim?: string | null }
  | { jenis: 'KONSEP_DIKEMBALIKAN'; surat: SuratRef; oleh: string }
  | { jenis: 'PARAF_DITUNGGU' | 'TANDA_TANGAN_DITUNGGU'; surat: SuratRef }
  | { jenis: 'NASKAH_DITANDATANGANI'; surat: SuratRef }
  | { jenis: 'TANDA_TANGAN_GAGAL'; surat: SuratRef; alasan: string }
  | { jenis: 'PENUGASAN_PELAKSANA'; jabatan: string; jumlahPekerjaan: number }
  /** `pemegang` names the holder in the message to an admin; null for the holder's own. */
  | { jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA'; berlakuSampai: Date; now: Date; pemegang: { pegawaiId: string; nama: string } | null };

export interface Pesan {
  jenis: JenisNotifikasi;
  judul: string;
  pesan: string;
  /** A path inside the app; channels outside make it absolute. */
  tautan: string;
}

/** `sebagai` names the post when the person holds it as Plt./Plh. ("Plt. Kepala Bidang ..."). */
export function susunPesan(input: PesanInput, sebagai?: string | null): Pesan {
  const base = bodyOf(input);
  const suffix = sebagai ? ` (sebagai ${sebagai})` : '';
  return { jenis: input.jenis, judul: base.judul, pesan: `${base.pesan}${suffix}`, tautan: base.tautan };
}

function bodyOf(input: PesanInput): Omit<Pesan, 'jenis'> {
  switch (input.jenis) {
    case 'DISPOSISI_DITERIMA':
      return {
        judul: isTerbatas(input.surat) ? `Ada ${sebutSurat(input.surat)} untuk Anda` : 'Disposisi baru',
        pesan: `${input.dari} mendisposisikan ${sebutSurat(input.surat)} kepada Anda${input.batasWaktu ? `, batas waktu ${input.batasWaktu}` : ''}.`,
        tautan: `/surat-masuk/${input.surat.id}`,
      };
    case 'TINDAK_LANJUT_DILAPORKAN':
      return {
        judul: input.selesai ? 'Disposisi diselesaikan' : 'Tindak lanjut dilaporkan',
        pesan: `${input.oleh} ${input.selesai ? 'menyelesaikan' : 'melaporkan tindak lanjut atas'} disposisi Anda tentang ${sebutSurat(input.surat)}.`,
        tautan: `/surat-masuk/${input.surat.id}`,
      };
    case 'TENGGAT_BESOK':
      return {
        judul: 'Batas waktu disposisi besok',
        pesan: `Disposisi tentang ${sebutSurat(input.surat)} berbatas waktu ${input.batasWaktu} dan belum selesai.`,
        tautan: `/surat-masuk/${input.surat.id}`,
      };
    case 'TENGGAT_LEWAT':
      return {
        judul: 'Batas waktu disposisi terlewati',
        pesan: input.untukPemberi
          ? `Disposisi Anda kepada ${input.penerima} tentang ${sebutSurat(input.surat)} melewati batas waktu ${input.batasWaktu} dan belum selesai.`
          : `Disposisi tentang ${sebutSurat(input.surat)} melewati batas waktu ${input.batasWaktu} dan belum selesai.`,
        tautan: `/surat-masuk/${input.surat.id}`,
      };
    case 'SURAT_DITERIMA':
      return {
        judul: isTerbatas(input.surat) ? `Ada ${sebutSurat(input.surat)} untuk Anda` : input.tembusan ? 'Tembusan surat masuk' : 'Surat masuk',
        pesan: isTerbatas(input.surat)
          ? `${input.tembusan ? 'Tembusan s' : 'S'}urat ${LABEL_TERBATAS[input.surat.klasifikasiKeamanan]} masuk ke kotak surat Anda.`
          : `${input.tembusan ? 'Tembusan' : 'Surat'} ${sebutSurat(input.surat)}${input.pengirim ? ` dari ${input.pengirim}` : ''}${input.surat.nomor ? ` nomor ${input.surat.nomor}` : ''} masuk ke kotak surat Anda.`,
        tautan: `/surat-masuk/${input.surat.id}`,
      };
    case 'KONSEP_DIKEMBALIKAN':
      return {
        judul: 'Konsep dikembalikan',
        pesan: `${input.oleh} mengembalikan konsep ${sebutSurat(input.surat)} dengan catatan untuk diperbaiki.`,
        tautan: `/konsep/${input.surat.id}`,
      };
    case 'PARAF_DITUNGGU':
      return { judul: 'Paraf Anda ditunggu', pesan: `Konsep ${sebutSurat(input.surat)} menunggu paraf Anda.`, tautan: `/perlu-verifikasi/${input.surat.id}` };
    case 'TANDA_TANGAN_DITUNGGU':
      return { judul: 'Tanda tangan Anda ditunggu', pesan: `Naskah ${sebutSurat(input.surat)} menunggu tanda tangan Anda.`, tautan: `/tanda-tangan/${input.surat.id}` };
    case 'NASKAH_DITANDATANGANI':
      return {
        judul: 'Naskah telah ditandatangani',
        pesan: `Naskah ${sebutSurat(input.surat)} telah ditandatangani${input.surat.nomor && !isTerbatas(input.surat) ? ` dengan nomor ${input.surat.nomor}` : ''} dan dikirim ke penerima.`,
        tautan: `/tanda-tangan/${input.surat.id}`,
      };
    case 'TANDA_TANGAN_GAGAL':
      return { judul: 'Penandatanganan gagal', pesan: `Naskah ${sebutSurat(input.surat)} belum tertandatangani: ${input.alasan}`, tautan: `/tanda-tangan/${input.surat.id}` };
    case 'PENUGASAN_PELAKSANA':
      return {
        judul: `Anda ditunjuk sebagai ${input.jabatan}`,
        pesan: input.jumlahPekerjaan > 0 ? `${input.jumlahPekerjaan} pekerjaan menunggu di jabatan ini. Pilih jabatan itu di Beranda untuk mengerjakannya.` : 'Belum ada pekerjaan yang menunggu di jabatan ini.',
        tautan: '/',
      };
    case 'SERTIFIKAT_AKAN_KEDALUWARSA': {
      const hari = Math.max(0, Math.ceil((input.berlakuSampai.getTime() - input.now.getTime()) / 86_400_000));
      const sampai = `${hari} hari (${formatTanggal(input.berlakuSampai)})`;
      return {
        judul: 'Sertifikat elektronik segera berakhir',
        pesan:
          input.pemegang === null
            ? `Sertifikat elektronik Anda berakhir dalam ${sampai}. Ajukan pembaruan sekarang agar penandatanganan tidak terhenti.`
            : `Sertifikat elektronik ${input.pemegang.nama} berakhir dalam ${sampai}. Bantu ajukan pembaruan agar penandatanganan tidak terhenti.`,
        tautan: input.pemegang === null ? '/tanda-tangan' : `/admin/pegawai/${input.pemegang.pegawaiId}`,
      };
    }
  }
}
