/** Everything printed on a lembar disposisi, already formatted as text. */
export interface LembarDisposisiData {
  instansi: string;
  opd: string;
  alamat: string;
  agenda: {
    suratDari: string;
    nomorSurat: string;
    tanggalSurat: string;
    diterima: string;
    nomorAgenda: string;
    /** As printed on the letter (free text), or '-'. */
    sifat: string;
    klasifikasiKeamanan: string;
    kecepatan: string;
    klasifikasi: string;
    lampiran: string;
    perihal: string;
  };
  /** The OPD's instruction checklist, with the ones the first (pimpinan's) disposisi ticked. */
  instruksi: { teks: string; dicentang: boolean }[];
  /** Recipients of the first disposisi ("Diteruskan kepada"). */
  diteruskanKepada: string[];
  catatanPimpinan: string;
  riwayat: {
    tanggal: string;
    dari: string;
    kepada: string[];
    isi: string;
    batasWaktu: string;
  }[];
  dicetak: string;
}
