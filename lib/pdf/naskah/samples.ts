// Realistic sample naskah of every jenis (a made-up province), for `npm run pdf:samples`, the
// render tests and the drafting preview's development. Names and numbers are fictitious.
import type { JenisNaskahDidukung } from '@/lib/domain/naskah/konten';
import { sampleLogoPng } from './sample-logo';
import type { KopSurat, ModeNaskahPdf, NaskahPdfInput, PenandatanganPdf } from './types';

export const SAMPLE_KOP: Omit<KopSurat, 'logo'> = {
  instansi: 'Pemerintah Provinsi Nusa Indah',
  opd: 'Dinas Komunikasi dan Informatika',
  alamat: 'Jalan Udayana Nomor 9',
  kota: 'Kota Mandala',
  kodePos: '80114',
  telepon: '(0361) 224 567',
  email: 'diskominfo@nusaindahprov.go.id',
  website: 'diskominfo.nusaindahprov.go.id',
  ukuranKertas: 'A4',
};

const KADIS: PenandatanganPdf = {
  cara: 'LANGSUNG',
  jabatan: 'Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Indah',
  nama: 'Dr. I Made Suarnata, S.Kom., M.T.',
  pangkat: 'Pembina Utama Muda (IV/c)',
  nip: '197203151998031004',
};

const SEKDIS_AN: PenandatanganPdf = {
  cara: 'AN',
  jabatan: 'Sekretaris',
  atasNama: 'Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Indah',
  nama: 'Ni Luh Putu Ariani, S.E., M.Si.',
  pangkat: 'Pembina Tingkat I (IV/b)',
  nip: '197805202003122002',
};

const KABID: PenandatanganPdf = {
  cara: 'LANGSUNG',
  jabatan: 'Kepala Bidang Informasi dan Komunikasi Publik',
  nama: 'Komang Adi Wiguna, S.Sos., M.AP.',
  pangkat: 'Pembina (IV/a)',
  nip: '198101122006041007',
};

const PARAF = [
  { jabatan: 'Kasubbag Umum', nama: 'Gede Pranata, S.H.', waktu: new Date('2026-12-04T02:15:00Z') },
  { jabatan: 'Sekdis', nama: 'Ni Luh Putu Ariani, S.E., M.Si.', waktu: new Date('2026-12-04T06:40:00Z') },
];

const P = (...xs: string[]) => xs.map((x) => `<p>${x}</p>`).join('');

const LONG_BODY = [
  P(
    'Dalam rangka pelaksanaan Sistem Pemerintahan Berbasis Elektronik (SPBE) di lingkungan Pemerintah Provinsi Nusa Indah sebagaimana diamanatkan dalam Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik, serta menindaklanjuti hasil evaluasi SPBE Tahun 2026, dengan hormat kami sampaikan hal-hal sebagai berikut:',
  ),
  '<ol type="1"><li>Setiap Perangkat Daerah wajib menggunakan aplikasi <strong>Tata Naskah Dinas Elektronik (TNDE)</strong> untuk seluruh naskah dinas keluar mulai tanggal <u>4 Januari 2027</u>.</li>',
  '<li>Penandatanganan naskah dinas dilakukan dengan <em>Tanda Tangan Elektronik</em> tersertifikasi yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), dengan ketentuan:<ol type="a"><li>pejabat penandatangan telah memiliki sertifikat elektronik yang masih berlaku;</li><li>naskah telah melalui verifikasi dan paraf berjenjang sesuai dengan struktur organisasi; dan</li><li>nomor naskah diberikan secara otomatis oleh sistem pada saat penandatanganan.</li></ol></li>',
  '<li>Perangkat Daerah menyampaikan data pejabat dan pegawai yang akan menggunakan aplikasi sesuai format pada tabel berikut paling lambat tanggal 18 Desember 2026.</li></ol>',
  '<table><thead><tr><th>No.</th><th>Perangkat Daerah</th><th>Jumlah Pengguna</th><th>Keterangan</th></tr></thead><tbody>',
  '<tr><td>1.</td><td>Sekretariat Daerah</td><td>120</td><td>Termasuk biro-biro di lingkungan Sekretariat Daerah</td></tr>',
  '<tr><td>2.</td><td>Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</td><td>65</td><td>-</td></tr>',
  '<tr><td>3.</td><td>Dinas Pendidikan, Kepemudaan dan Olahraga</td><td>210</td><td>Termasuk Cabang Dinas Pendidikan di kabupaten/kota</td></tr>',
  '<tr><td>4.</td><td>Dinas Kesehatan</td><td>95</td><td>Termasuk UPTD Rumah Sakit Mata</td></tr></tbody></table>',
  P(
    'Pelatihan penggunaan aplikasi bagi operator dan pejabat akan dilaksanakan secara bertahap oleh Dinas Komunikasi dan Informatika. Jadwal pelatihan untuk masing-masing Perangkat Daerah akan disampaikan melalui surat tersendiri. Selama masa transisi, naskah dinas dalam bentuk kertas masih dapat digunakan untuk hal-hal yang bersifat mendesak dengan terlebih dahulu berkoordinasi dengan Bidang Aplikasi Informatika.',
    'Untuk informasi lebih lanjut dapat menghubungi Bidang Aplikasi Informatika melalui narahubung Sdr. Kadek Wirawan (telepon 0812 3456 7890, pos-el aptika@nusaindahprov.go.id).',
    'Demikian kami sampaikan, atas perhatian dan kerja sama Bapak/Ibu diucapkan terima kasih.',
  ),
].join('');

type Sample<J extends JenisNaskahDidukung> = Omit<Extract<NaskahPdfInput, { jenis: J }>, 'mode' | 'kop'> & { kop?: Partial<KopSurat> };

const base = {
  sifat: 'Biasa',
  lampiran: '-',
  tempat: 'Kota Mandala',
  tanggal: '2026-12-07',
  tembusan: [] as NaskahPdfInput['tembusan'],
};

const SAMPLES: { [J in JenisNaskahDidukung]: Sample<J> } = {
  NOTA_DINAS: {
    ...base,
    jenis: 'NOTA_DINAS',
    nomor: '000.1.2/0157/DISKOMINFO/2026',
    perihal: 'Permohonan Fasilitasi Ruang Rapat untuk Rapat Koordinasi SPBE',
    sifat: 'Segera',
    tujuan: [{ nama: 'Sekretaris Dinas Komunikasi dan Informatika' }],
    tembusan: [{ nama: 'Kepala Dinas Komunikasi dan Informatika' }],
    penandatangan: KABID,
    paraf: [{ jabatan: 'Kasi Layanan Informasi', nama: 'Putu Eka Saputra, S.Kom.', waktu: new Date('2026-12-04T01:30:00Z') }],
    konten: {
      isi: P(
        'Sehubungan dengan rencana pelaksanaan Rapat Koordinasi Sistem Pemerintahan Berbasis Elektronik (SPBE) Tahun 2026, dengan hormat kami mohon fasilitasi penggunaan Ruang Rapat Utama Lantai 2 pada hari Kamis, 10 Desember 2026 pukul 09.00 WITA s.d. selesai, dengan perkiraan peserta sebanyak 40 (empat puluh) orang.',
        'Demikian disampaikan, atas perhatian dan bantuannya diucapkan terima kasih.',
      ),
    },
  },
  MEMO: {
    ...base,
    jenis: 'MEMO',
    nomor: '000.1.3/0158/DISKOMINFO/2026',
    perihal: 'Penyiapan Bahan Paparan Kepala Dinas',
    tujuan: [{ nama: 'Kepala Bidang Informasi dan Komunikasi Publik' }],
    penandatangan: KADIS,
    konten: {
      isi: P(
        'Mohon disiapkan bahan paparan mengenai capaian <strong>indeks keterbukaan informasi publik</strong> Provinsi Nusa Indah Tahun 2026 untuk Rapat Pimpinan pada hari Senin, 14 Desember 2026.',
        'Bahan paparan memuat: <em>capaian indikator</em>, kendala, dan rencana tindak lanjut Tahun 2027, disampaikan kepada saya paling lambat hari Jumat, 11 Desember 2026.',
      ),
    },
  },
  SURAT_DINAS: {
    ...base,
    jenis: 'SURAT_DINAS',
    nomor: '000.5.2/0159/DISKOMINFO/2026',
    perihal: 'Penggunaan Aplikasi Tata Naskah Dinas Elektronik di Lingkungan Pemerintah Provinsi Nusa Indah',
    lampiran: '1 (satu) berkas',
    tujuan: [{ nama: 'Kepala Perangkat Daerah di Lingkungan Pemerintah Provinsi Nusa Indah' }],
    tembusan: [{ nama: 'Gubernur Nusa Indah (sebagai laporan)' }, { nama: 'Sekretaris Daerah Provinsi Nusa Indah' }, { nama: 'Inspektur Provinsi Nusa Indah' }],
    penandatangan: KADIS,
    paraf: PARAF,
    konten: { isi: LONG_BODY },
  },
  SURAT_UNDANGAN: {
    ...base,
    jenis: 'SURAT_UNDANGAN',
    nomor: '000.1.5/0160/DISKOMINFO/2026',
    perihal: 'Undangan Rapat Koordinasi Satu Data Indonesia',
    sifat: 'Segera',
    tujuan: [{ nama: 'Kepala Badan Perencanaan Pembangunan Daerah Provinsi Nusa Indah' }],
    penandatangan: SEKDIS_AN,
    paraf: [PARAF[0]],
    konten: {
      pembuka: P('Dalam rangka penyusunan Daftar Data Tahun 2027 sesuai dengan Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia, dengan hormat kami mengundang Bapak/Ibu atau pejabat yang ditunjuk untuk hadir pada:'),
      tanggal: '2026-12-10',
      waktu: '09.00 WITA s.d. selesai',
      tempat: 'Ruang Rapat Utama Lantai 2, Dinas Komunikasi dan Informatika Provinsi Nusa Indah',
      acara: 'Rapat Koordinasi Forum Satu Data Indonesia Tingkat Provinsi',
      penutup: P('Mengingat pentingnya acara tersebut, kami mohon kehadiran tepat pada waktunya. Atas perhatian Bapak/Ibu diucapkan terima kasih.'),
    },
  },
  SURAT_EDARAN: {
    ...base,
    jenis: 'SURAT_EDARAN',
    nomor: '000.5/0161/DISKOMINFO/2026',
    perihal: 'Pengamanan Akun Layanan Pemerintah',
    tujuan: [{ nama: 'Pegawai di Lingkungan Dinas Komunikasi dan Informatika' }],
    penandatangan: KADIS,
    konten: {
      tentang: 'Pengamanan Akun dan Kata Sandi Layanan Pemerintah Berbasis Elektronik',
      isi: [
        P('Sehubungan dengan meningkatnya serangan siber terhadap layanan pemerintah, dengan ini diminta kepada seluruh pegawai untuk:'),
        '<ol><li>mengganti kata sandi akun layanan paling sedikit setiap 90 (sembilan puluh) hari;</li><li>mengaktifkan verifikasi dua langkah pada akun surel dinas;</li><li>tidak membagikan kata sandi atau kode verifikasi kepada siapa pun, termasuk yang mengaku sebagai petugas; dan</li><li>segera melaporkan kejadian mencurigakan kepada Tim Tanggap Insiden Siber (CSIRT) Provinsi.</li></ol>',
        P('Demikian Surat Edaran ini disampaikan untuk dilaksanakan dengan penuh tanggung jawab.'),
      ].join(''),
    },
  },
  SURAT_TUGAS: {
    ...base,
    jenis: 'SURAT_TUGAS',
    nomor: '800.1.11.1/0162/DISKOMINFO/2026',
    perihal: 'Penugasan Bimbingan Teknis TNDE',
    tujuan: [],
    penandatangan: KADIS,
    paraf: PARAF,
    konten: {
      dasar: [
        'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah;',
        'Dokumen Pelaksanaan Anggaran Dinas Komunikasi dan Informatika Provinsi Nusa Indah Tahun Anggaran 2026.',
      ],
      petugas: [
        { nama: 'Kadek Wirawan, S.Kom.', nip: '198907142015031002', pangkat: 'Penata (III/c)', jabatan: 'Pranata Komputer Ahli Muda' },
        { nama: 'Ni Made Sri Lestari, S.T.', nip: '199203082019032011', pangkat: 'Penata Muda Tingkat I (III/b)', jabatan: 'Pranata Komputer Ahli Pertama' },
      ],
      untuk: [
        'Melaksanakan bimbingan teknis penggunaan aplikasi Tata Naskah Dinas Elektronik di Kabupaten Giri Asri pada tanggal 14 s.d. 16 Desember 2026;',
        'Melaporkan hasil pelaksanaan tugas kepada Kepala Dinas paling lambat 3 (tiga) hari kerja setelah tugas selesai.',
      ],
    },
  },
  SURAT_PERINTAH: {
    ...base,
    jenis: 'SURAT_PERINTAH',
    nomor: '800.1.11.1/0163/DISKOMINFO/2026',
    perihal: 'Perintah Piket Layanan Pengaduan Akhir Tahun',
    tujuan: [],
    penandatangan: { ...KADIS, cara: 'PLT', nama: 'Ir. Wayan Sudirta, M.M.', nip: '197011041996031003', pangkat: 'Pembina Utama Muda (IV/c)' },
    konten: {
      dasar: ['Surat Edaran Sekretaris Daerah Provinsi Nusa Indah Nomor 000.8/512/ORG tentang Pelayanan Publik pada Libur Akhir Tahun 2026.'],
      petugas: [
        { nama: 'Gede Arya Mahendra, A.Md.', nip: '199505122020121004', pangkat: 'Pengatur (II/c)', jabatan: 'Pengelola Layanan Pengaduan' },
        { nama: 'Luh Ayu Kartika Dewi, S.I.Kom.', nip: '199610202022032008', pangkat: 'Penata Muda (III/a)', jabatan: 'Pranata Humas Ahli Pertama' },
        { nama: 'Made Dwi Putra, S.Kom.', nip: '199101172019031005', pangkat: 'Penata Muda Tingkat I (III/b)', jabatan: 'Pranata Komputer Ahli Pertama' },
        { nama: 'Ketut Sri Utami', nip: '198812302014022001', pangkat: 'Pengatur Tingkat I (II/d)', jabatan: 'Pengadministrasi Umum' },
        { nama: 'Putu Agus Wibawa, S.H.', pangkat: 'PPPK', jabatan: 'Analis Hukum' },
      ],
      untuk: ['Melaksanakan piket layanan pengaduan masyarakat pada tanggal 24 Desember 2026 s.d. 2 Januari 2027 sesuai jadwal terlampir.', 'Melaksanakan perintah ini dengan penuh tanggung jawab.'],
    },
  },
  KEPUTUSAN: {
    ...base,
    jenis: 'KEPUTUSAN',
    nomor: '100.3.3.2/23/DISKOMINFO/2026',
    perihal: 'Tim Pengelola Tata Naskah Dinas Elektronik',
    tujuan: [],
    tembusan: [{ nama: 'Sekretaris Daerah Provinsi Nusa Indah' }],
    penandatangan: KADIS,
    konten: {
      tentang: 'Pembentukan Tim Pengelola Tata Naskah Dinas Elektronik Dinas Komunikasi dan Informatika Provinsi Nusa Indah Tahun 2027',
      menimbang: [
        'bahwa untuk kelancaran penyelenggaraan tata naskah dinas secara elektronik di lingkungan Dinas Komunikasi dan Informatika, perlu dibentuk tim pengelola;',
        'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Dinas Komunikasi dan Informatika tentang Pembentukan Tim Pengelola Tata Naskah Dinas Elektronik Dinas Komunikasi dan Informatika Provinsi Nusa Indah Tahun 2027;',
      ],
      mengingat: [
        'Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan (Lembaran Negara Republik Indonesia Tahun 2009 Nomor 152, Tambahan Lembaran Negara Republik Indonesia Nomor 5071);',
        'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023;',
        'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah;',
      ],
      memperhatikan: [],
      menetapkan: 'KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA TENTANG PEMBENTUKAN TIM PENGELOLA TATA NASKAH DINAS ELEKTRONIK DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH TAHUN 2027.',
      diktum: [
        P('Membentuk Tim Pengelola Tata Naskah Dinas Elektronik Dinas Komunikasi dan Informatika Provinsi Nusa Indah Tahun 2027 dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.'),
        P('Tim sebagaimana dimaksud dalam Diktum KESATU bertugas:') +
          '<ol type="a"><li>mengelola data pengguna, jabatan, dan format penomoran naskah dinas;</li><li>memberikan pendampingan teknis kepada pengguna; dan</li><li>melaporkan pelaksanaan tugas kepada Kepala Dinas setiap 6 (enam) bulan.</li></ol>',
        P('Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah Provinsi Nusa Indah Tahun Anggaran 2027.'),
        P('Keputusan ini mulai berlaku pada tanggal ditetapkan.'),
      ],
    },
  },
  BERITA_ACARA: {
    ...base,
    jenis: 'BERITA_ACARA',
    nomor: '000.2.3/0164/DISKOMINFO/2026',
    perihal: 'Serah Terima Perangkat Jaringan',
    tujuan: [],
    penandatangan: KABID,
    konten: {
      isi: [
        P('Pada hari ini Senin tanggal tujuh bulan Desember tahun dua ribu dua puluh enam, bertempat di Kantor Dinas Komunikasi dan Informatika Provinsi Nusa Indah, telah dilakukan serah terima perangkat jaringan sebagai berikut:'),
        '<table><tr><th>No.</th><th>Nama Barang</th><th>Merek/Tipe</th><th>Jumlah</th></tr><tr><td>1.</td><td>Switch 24 port</td><td>Cisco Catalyst 9200</td><td>2 unit</td></tr><tr><td>2.</td><td>Access point</td><td>Ubiquiti U6 Pro</td><td>10 unit</td></tr></table>',
        P('Barang tersebut di atas dalam keadaan baik dan berfungsi. Demikian Berita Acara ini dibuat dalam rangkap 2 (dua) untuk dipergunakan sebagaimana mestinya.'),
      ].join(''),
    },
  },
  SURAT_KETERANGAN: {
    ...base,
    jenis: 'SURAT_KETERANGAN',
    nomor: '800.1.2/0165/DISKOMINFO/2026',
    perihal: 'Keterangan Aktif Bekerja',
    tujuan: [],
    penandatangan: SEKDIS_AN,
    konten: {
      isi: [
        P('Yang bertanda tangan di bawah ini, Sekretaris Dinas Komunikasi dan Informatika Provinsi Nusa Indah, menerangkan bahwa:'),
        '<table><tr><td>Nama</td><td>Ni Made Sri Lestari, S.T.</td></tr><tr><td>NIP</td><td>199203082019032011</td></tr><tr><td>Pangkat/Gol.</td><td>Penata Muda Tingkat I (III/b)</td></tr><tr><td>Jabatan</td><td>Pranata Komputer Ahli Pertama</td></tr></table>',
        P('adalah benar Pegawai Negeri Sipil yang aktif bekerja pada Dinas Komunikasi dan Informatika Provinsi Nusa Indah sampai dengan saat ini.', 'Demikian Surat Keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.'),
      ].join(''),
    },
  },
  PENGUMUMAN: {
    ...base,
    jenis: 'PENGUMUMAN',
    nomor: '000.9/0166/DISKOMINFO/2026',
    perihal: 'Pemeliharaan Pusat Data',
    tujuan: [],
    penandatangan: SEKDIS_AN,
    konten: {
      tentang: 'Pemeliharaan Pusat Data Pemerintah Provinsi Nusa Indah',
      isi: P(
        'Diberitahukan bahwa pada hari <strong>Sabtu, 19 Desember 2026 pukul 22.00 s.d. 24.00 WITA</strong> akan dilaksanakan pemeliharaan rutin Pusat Data Pemerintah Provinsi Nusa Indah. Selama pemeliharaan, layanan aplikasi dan surel dinas tidak dapat diakses untuk sementara.',
        'Atas ketidaknyamanan ini kami mohon maaf.',
      ),
    },
  },
  TELAAHAN_STAF: {
    ...base,
    jenis: 'TELAAHAN_STAF',
    nomor: '000.1/0167/DISKOMINFO/2026',
    perihal: 'Kebutuhan Sertifikat Elektronik Pejabat',
    tujuan: [{ nama: 'Kepala Dinas Komunikasi dan Informatika' }],
    penandatangan: KABID,
    paraf: [PARAF[1]],
    konten: {
      tentang: 'Kebutuhan Sertifikat Elektronik bagi Pejabat Penandatangan Naskah Dinas',
      persoalan: P('Belum seluruh pejabat penandatangan naskah dinas di lingkungan Pemerintah Provinsi Nusa Indah memiliki sertifikat elektronik dari BSrE.'),
      praanggapan: P('Penerapan TNDE mulai Januari 2027 mensyaratkan seluruh pejabat penandatangan telah memiliki sertifikat elektronik yang aktif.'),
      fakta: '<ol type="a"><li>Dari 412 pejabat penandatangan, baru 268 orang (65%) yang memiliki sertifikat elektronik aktif;</li><li>Sebanyak 37 sertifikat akan kedaluwarsa sebelum Maret 2027.</li></ol>',
      analisis: P('Tanpa percepatan pendaftaran, sekitar 35% naskah dinas masih harus ditandatangani secara manual pada awal penerapan TNDE, sehingga tujuan efisiensi belum tercapai.'),
      kesimpulan: P('Diperlukan percepatan pendaftaran dan pembaruan sertifikat elektronik sebelum akhir Desember 2026.'),
      saran: P('Kepala Dinas menerbitkan surat kepada seluruh Perangkat Daerah agar pejabat penandatangan mendaftarkan diri melalui Operator Pendaftaran Dinas Komunikasi dan Informatika paling lambat 23 Desember 2026.'),
    },
  },
};

const LOGO = sampleLogoPng();

/** A sample of a jenis in a mode, with the sample logo and (FINAL) a verification URL. */
export function sampleNaskahInput(jenis: JenisNaskahDidukung, mode: ModeNaskahPdf): NaskahPdfInput {
  const s = SAMPLES[jenis] as Sample<JenisNaskahDidukung>;
  return {
    ...s,
    mode,
    kop: { ...SAMPLE_KOP, logo: LOGO, ...s.kop },
    verifikasiUrl: mode === 'FINAL' ? `https://eoffice.nusaindahprov.go.id/verifikasi/${jenis.toLowerCase()}-7Q2K9X` : null,
  } as NaskahPdfInput;
}

