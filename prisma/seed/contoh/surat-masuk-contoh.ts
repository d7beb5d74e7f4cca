// The incoming letters of the demo's Diskominfo, and what the pejabat did with each.
import type { SuratLuar } from './pindaian';

export interface DisposisiContoh {
  /** Jabatan kode of the giver and the recipients in prisma/seed/data/struktur. */
  dari: string;
  kepada: string[];
  instruksi: string[];
  catatan?: string;
  /** Days after today; a negative number makes an overdue one. */
  batasHari?: number;
  /** What the (first) recipient reported, if anything. */
  tindakLanjut?: { catatan: string; selesai: boolean };
}

export interface SuratMasukContoh {
  surat: SuratLuar;
  /** Days before today the letter was dated. */
  umurHari: number;
  klasifikasiKeamanan: 'BIASA' | 'TERBATAS' | 'RAHASIA';
  derajatKecepatan: 'BIASA' | 'SEGERA' | 'SANGAT_SEGERA';
  klasifikasiArsip: string;
  /** The Kepala Dinas has opened it. */
  dibaca: boolean;
  disposisi: DisposisiContoh[];
}

const kadis = 'Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Indah';

export const SURAT_MASUK_CONTOH: SuratMasukContoh[] = [
  {
    surat: {
      pengirim: 'Kementerian Komunikasi dan Digital',
      alamat: 'Jalan Medan Merdeka Barat Nomor 9, Jakarta Pusat 10110',
      nomor: 'B-1187/DJAI/AI.02.01/11/2026',
      tanggal: 'Jakarta, 16 November 2026',
      sifat: 'Segera',
      hal: 'Undangan Rapat Koordinasi Nasional Percepatan SPBE Tahun 2026',
      kepada: kadis,
      isi: [
        'Dalam rangka evaluasi pelaksanaan Sistem Pemerintahan Berbasis Elektronik (SPBE) tahun 2026, kami mengundang Bapak/Ibu untuk hadir pada Rapat Koordinasi Nasional yang akan dilaksanakan pada hari Kamis, 3 Desember 2026, pukul 09.00 WIB, bertempat di Hotel Borobudur, Jakarta.',
        'Mengingat pentingnya acara tersebut, kami mohon kehadiran Bapak/Ibu atau pejabat yang membidangi aplikasi informatika dengan membawa bahan capaian indeks SPBE daerah masing-masing.',
        'Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.',
      ],
      penandatangan: { jabatan: 'Direktur Jenderal Aplikasi Informatika,', nama: 'Dr. Ir. Samuel Pangerapan, M.T.' },
    },
    umurHari: 7,
    klasifikasiKeamanan: 'BIASA',
    derajatKecepatan: 'SEGERA',
    klasifikasiArsip: '000.1.5',
    dibaca: true,
    disposisi: [
      { dari: 'PIMPINAN', kepada: ['KABID-APTIKA'], instruksi: ['Hadiri / wakili', 'Laporkan hasilnya'], catatan: 'Siapkan bahan capaian indeks SPBE kita.', batasHari: 9 },
      { dari: 'KABID-APTIKA', kepada: ['KASI-EGOV'], instruksi: ['Siapkan bahan / konsep jawaban'], batasHari: 5, tindakLanjut: { catatan: 'Bahan capaian indeks SPBE 2025 sudah dikumpulkan; sedang disusun paparannya.', selesai: false } },
    ],
  },
  {
    surat: {
      pengirim: 'Badan Siber dan Sandi Negara',
      alamat: 'Jalan Harsono RM Nomor 70, Ragunan, Jakarta Selatan 12550',
      nomor: 'B-452/D.3/PN.01.02/11/2026',
      tanggal: 'Jakarta, 18 November 2026',
      sifat: 'Terbatas',
      hal: 'Permintaan Data Insiden Keamanan Informasi Triwulan III',
      kepada: kadis,
      isi: [
        'Sehubungan dengan penyusunan laporan nasional keamanan siber, kami meminta data insiden keamanan informasi yang ditangani oleh CSIRT Pemerintah Provinsi selama triwulan III tahun 2026.',
        'Data agar disampaikan paling lambat tanggal 30 November 2026 melalui kanal aman yang telah disepakati.',
      ],
      penandatangan: { jabatan: 'Deputi Bidang Operasi Keamanan Siber dan Sandi,', nama: 'Mayjen TNI (Purn.) Dr. Arief Budiman' },
    },
    umurHari: 5,
    klasifikasiKeamanan: 'TERBATAS',
    derajatKecepatan: 'SEGERA',
    klasifikasiArsip: '000.1.1',
    dibaca: true,
    disposisi: [{ dari: 'PIMPINAN', kepada: ['KABID-SANDISTAT'], instruksi: ['Untuk ditindaklanjuti', 'Laporkan hasilnya'], batasHari: 6 }],
  },
  {
    surat: {
      pengirim: 'Dinas Kesehatan Provinsi Nusa Indah',
      alamat: 'Jalan Dr. Soetomo Nomor 12, Kota Nusa Indah 80111',
      nomor: '400.7/2231/DINKES/2026',
      tanggal: 'Nusa Indah, 10 November 2026',
      sifat: 'Penting',
      hal: 'Permohonan Dukungan Jaringan Internet untuk 12 Puskesmas',
      kepada: kadis,
      isi: [
        'Dalam rangka penerapan rekam medis elektronik, dua belas puskesmas di wilayah kepulauan belum memiliki koneksi internet yang memadai.',
        'Kami mohon dukungan Dinas Komunikasi dan Informatika untuk survei dan penyediaan jaringan internet pada puskesmas tersebut sebagaimana daftar terlampir.',
      ],
      penandatangan: { jabatan: 'Kepala Dinas Kesehatan,', nama: 'dr. Ketut Suarjaya, M.P.P.M.' },
    },
    umurHari: 13,
    klasifikasiKeamanan: 'BIASA',
    derajatKecepatan: 'BIASA',
    klasifikasiArsip: '000.1.9',
    dibaca: true,
    disposisi: [
      { dari: 'PIMPINAN', kepada: ['KABID-APTIKA'], instruksi: ['Pelajari dan beri saran', 'Koordinasikan'], batasHari: -2 },
      { dari: 'KABID-APTIKA', kepada: ['KASI-INFRA'], instruksi: ['Untuk ditindaklanjuti'], batasHari: -3, tindakLanjut: { catatan: 'Survei ke 12 puskesmas selesai; 9 dapat dilayani jaringan provinsi, 3 memerlukan VSAT.', selesai: true } },
    ],
  },
  {
    surat: {
      pengirim: 'Universitas Nusa Indah',
      alamat: 'Kampus Bukit Jimbaran, Kota Nusa Indah 80361',
      nomor: '2417/UN.NI/PT/2026',
      tanggal: 'Nusa Indah, 19 November 2026',
      sifat: 'Biasa',
      hal: 'Permohonan Izin Penelitian Mahasiswa Program Magister Sistem Informasi',
      kepada: kadis,
      isi: [
        'Bersama ini kami mohon izin bagi mahasiswa kami, Sdri. Made Ayu Paramitha, NIM 2381011005, untuk melakukan penelitian tentang tata kelola layanan e-government di lingkungan Dinas Komunikasi dan Informatika.',
        'Penelitian direncanakan berlangsung pada bulan Desember 2026 sampai dengan Februari 2027.',
      ],
      penandatangan: { jabatan: 'Dekan Fakultas Teknik,', nama: 'Prof. Dr. Ir. I Nyoman Sutapa, M.Sc.' },
    },
    umurHari: 4,
    klasifikasiKeamanan: 'BIASA',
    derajatKecepatan: 'BIASA',
    klasifikasiArsip: '000.1',
    dibaca: false,
    disposisi: [],
  },
  {
    surat: {
      pengirim: 'Inspektorat Provinsi Nusa Indah',
      alamat: 'Jalan Cok Agung Tresna Nomor 3, Kota Nusa Indah 80235',
      nomor: '700.1/318/INSP/2026',
      tanggal: 'Nusa Indah, 20 November 2026',
      sifat: 'Rahasia',
      hal: 'Laporan Hasil Audit Keamanan Aplikasi Layanan Perizinan',
      kepada: kadis,
      isi: [
        'Bersama ini kami sampaikan laporan hasil audit keamanan aplikasi layanan perizinan daring. Terdapat tiga temuan berisiko tinggi yang perlu segera ditindaklanjuti.',
        'Laporan ini bersifat rahasia dan hanya untuk pejabat yang berwenang.',
      ],
      penandatangan: { jabatan: 'Inspektur,', nama: 'Drs. I Wayan Sugiarta, M.Si.' },
    },
    umurHari: 2,
    klasifikasiKeamanan: 'RAHASIA',
    derajatKecepatan: 'SANGAT_SEGERA',
    klasifikasiArsip: '000.1.10',
    dibaca: false,
    disposisi: [],
  },
];
