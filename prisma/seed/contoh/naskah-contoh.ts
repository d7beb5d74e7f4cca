// The naskah dinas of the demo's Diskominfo, each left at a different point of its life, so every
// worklist has something in it: a konsep, one waiting for the Kabid's paraf, some waiting for a
// signature, and one signed, numbered and delivered.
import type { JenisNaskahDidukung } from '@/lib/domain/naskah/konten';
import { tanggalSetelah } from '@/lib/domain/disposisi/batas-waktu';

export type TahapContoh = 'konsep' | 'perluParafKabid' | 'perluTandaTangan' | 'ditandatangani';


export interface NaskahContoh {
  jenis: JenisNaskahDidukung;
  perihal: string;
  konten: Record<string, unknown>;
  klasifikasiArsip: string;
  /** Jabatan kode of the signer; the chain is the default one from the staf up to it. */
  penandatangan: string;
  /** Jabatan kode of internal tujuan / tembusan; external tujuan by name and address. */
  tujuan: ({ jabatan: string } | { nama: string; alamat: string })[];
  tembusan: string[];
  tahap: TahapContoh;
}

export const NASKAH_CONTOH: NaskahContoh[] = [
  {
    jenis: 'SURAT_UNDANGAN',
    perihal: 'Undangan Sosialisasi Tanda Tangan Elektronik bagi Pejabat Perangkat Daerah',
    konten: {
      pembuka: '<p>Dalam rangka penerapan tanda tangan elektronik pada naskah dinas, kami mengundang Bapak/Ibu untuk hadir pada:</p>',
      // A week and a half ahead of the day the demo is seeded: an acara already past cannot be submitted.
      tanggal: tanggalSetelah(10, new Date()),
      waktu: '09.00 WITA s.d. selesai',
      tempat: 'Ruang Rapat Diskominfo Lantai 3',
      acara: 'Sosialisasi Tanda Tangan Elektronik dan Aplikasi Naskah Dinas Elektronik',
      penutup: '<p>Mengingat pentingnya acara tersebut, kami mohon Bapak/Ibu hadir tepat waktu.</p>',
    },
    klasifikasiArsip: '000.1.5',
    penandatangan: 'PIMPINAN',
    tujuan: [{ jabatan: 'KABID-IKP' }, { jabatan: 'KABID-SANDISTAT' }],
    tembusan: ['SEKRETARIS'],
    tahap: 'konsep',
  },
  {
    jenis: 'NOTA_DINAS',
    perihal: 'Laporan Kesiapan Pusat Data untuk Aplikasi Rekam Medis Elektronik',
    konten: {
      isi: '<p>Menindaklanjuti disposisi Bapak atas surat Dinas Kesehatan tentang dukungan jaringan puskesmas, dengan hormat kami laporkan:</p><ol><li>kapasitas pusat data provinsi mencukupi untuk 12 puskesmas tambahan;</li><li>sembilan puskesmas dapat dilayani jaringan fiber provinsi;</li><li>tiga puskesmas di pulau kecil memerlukan VSAT.</li></ol><p>Demikian kami laporkan, mohon arahan lebih lanjut.</p>',
    },
    klasifikasiArsip: '000.1.9',
    penandatangan: 'KABID-APTIKA',
    tujuan: [{ jabatan: 'PIMPINAN' }],
    tembusan: [],
    tahap: 'perluTandaTangan',
  },
  {
    jenis: 'SURAT_DINAS',
    perihal: 'Tanggapan atas Permohonan Dukungan Jaringan Internet Puskesmas',
    konten: {
      isi: '<p>Menanggapi surat Saudara Nomor 400.7/2231/DINKES/2026 tentang permohonan dukungan jaringan internet untuk 12 puskesmas, dengan ini kami sampaikan bahwa sembilan puskesmas akan terhubung dengan jaringan intra pemerintah provinsi paling lambat akhir Desember 2026.</p><p>Untuk tiga puskesmas di wilayah kepulauan, kami akan mengusulkan layanan VSAT pada anggaran tahun 2027.</p><p>Demikian kami sampaikan, atas kerja sama Saudara kami ucapkan terima kasih.</p>',
    },
    klasifikasiArsip: '000.1.9',
    penandatangan: 'PIMPINAN',
    tujuan: [{ nama: 'Kepala Dinas Kesehatan Provinsi Nusa Indah', alamat: 'Jalan Dr. Soetomo Nomor 12, Kota Nusa Indah' }],
    tembusan: ['KABID-APTIKA'],
    tahap: 'perluParafKabid',
  },
  {
    jenis: 'SURAT_DINAS',
    perihal: 'Izin Penelitian Mahasiswa Program Magister Sistem Informasi',
    konten: {
      isi: '<p>Menjawab surat Saudara Nomor 2417/UN.NI/PT/2026, pada prinsipnya kami memberikan izin kepada Sdri. Made Ayu Paramitha untuk melakukan penelitian tentang tata kelola layanan e-government di lingkungan Dinas Komunikasi dan Informatika pada bulan Desember 2026 sampai dengan Februari 2027.</p><p>Selama penelitian, yang bersangkutan wajib mematuhi ketentuan keamanan informasi yang berlaku dan menyerahkan salinan hasil penelitian kepada kami.</p><p>Demikian kami sampaikan untuk dapat dipergunakan sebagaimana mestinya.</p>',
    },
    klasifikasiArsip: '000.1',
    penandatangan: 'PIMPINAN',
    tujuan: [{ nama: 'Dekan Fakultas Teknik Universitas Nusa Indah', alamat: 'Kampus Bukit Jimbaran, Kota Nusa Indah' }],
    tembusan: ['KABID-APTIKA'],
    tahap: 'perluTandaTangan',
  },
  {
    jenis: 'SURAT_EDARAN',
    perihal: 'Penggunaan Surat Elektronik Dinas',
    konten: {
      tentang: 'Penggunaan Surat Elektronik Dinas di Lingkungan Dinas Komunikasi dan Informatika',
      isi: '<p>Dalam rangka menjaga keamanan informasi, setiap pegawai diminta:</p><ol><li>menggunakan alamat surel dinas untuk seluruh korespondensi kedinasan;</li><li>tidak meneruskan surel dinas ke alamat surel pribadi;</li><li>mengaktifkan verifikasi dua langkah.</li></ol><p>Demikian surat edaran ini untuk dilaksanakan.</p>',
    },
    klasifikasiArsip: '000.1.1',
    penandatangan: 'PIMPINAN',
    tujuan: [{ jabatan: 'SEKRETARIS' }, { jabatan: 'KABID-APTIKA' }, { jabatan: 'KABID-IKP' }],
    tembusan: [],
    tahap: 'ditandatangani',
  },
];
