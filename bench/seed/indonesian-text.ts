// Realistic Indonesian hal, bodies and numbers for the volume seed, as SQL expressions of the letter's
// sequence number k, so generate_series can make a million of them in PostgreSQL. Deterministic:
// the same k always gives the same text, and each choice uses its own hash of k, so words combine freely.
//
// Frequencies the search benchmark relies on: a kegiatan word is common (each of ~20 in about 5% of
// letters, "rapat" in more), a desa name is rare (2,000 names, about 0.05% each), and every number has
// the form klasifikasi/urut/INSTANSI/tahun, e.g. 005/0157/BAPPEDA/2026.
// Disposisi catatan and tindak lanjut reports are short and repetitive, as real ones are: 30% of
// disposisi carry none, a few phrases make most of the rest, and one report in three reads "Sudah
// ditindaklanjuti sesuai arahan." ("sudah" is in most reports); a desa name in them is rare.

const JENIS_HAL = [
  'Undangan Rapat Koordinasi', 'Permohonan Data', 'Laporan Pelaksanaan', 'Pemberitahuan Jadwal', 'Permohonan Narasumber',
  'Penyampaian Hasil Evaluasi', 'Permohonan Izin Penggunaan', 'Undangan Sosialisasi', 'Permohonan Fasilitasi', 'Usulan Kegiatan',
  'Rapat Koordinasi', 'Penyampaian Laporan Keuangan', 'Permohonan Rekomendasi', 'Undangan Bimbingan Teknis', 'Pemberitahuan Perubahan',
];

const KEGIATAN = [
  'Penyusunan RKPD Tahun 2027', 'Pengelolaan Arsip Dinamis', 'Penanganan Stunting', 'Musrenbang Kecamatan', 'Pembangunan Jalan Desa',
  'Pendataan Penduduk Miskin', 'Vaksinasi Anak Sekolah', 'Pengadaan Barang dan Jasa', 'Penerapan SPBE', 'Penanggulangan Bencana Banjir',
  'Pengembangan UMKM', 'Peringatan Hari Jadi Daerah', 'Pemeliharaan Jaringan Irigasi', 'Keterbukaan Informasi Publik', 'Reformasi Birokrasi',
  'Penilaian Kinerja Pegawai', 'Pelayanan Administrasi Kependudukan', 'Pengawasan Dana Desa', 'Pencegahan Korupsi', 'Pengelolaan Sampah Terpadu',
];

const DESA_AWAL = [
  'Suka', 'Karang', 'Sumber', 'Tanjung', 'Banjar', 'Mekar', 'Jati', 'Wono', 'Giri', 'Purwa', 'Sido', 'Tegal', 'Kali', 'Cempaka', 'Sri',
  'Margo', 'Ngadi', 'Pasir', 'Rawa', 'Bumi', 'Tirta', 'Harja', 'Mulya', 'Cibo', 'Seta', 'Kerta', 'Bojong', 'Pagar', 'Lebak', 'Teluk',
  'Sindang', 'Tambak', 'Watu', 'Ngrejo', 'Sela', 'Gunung', 'Padang', 'Lubuk', 'Pulau', 'Muara', 'Simpang', 'Ranca', 'Tanah', 'Dukuh', 'Nusa',
  'Kebon', 'Lemah', 'Bangun', 'Wana', 'Sari',
];

const DESA_AKHIR = [
  'maju', 'jaya', 'rejo', 'sari', 'mulya', 'harjo', 'asih', 'makmur', 'rahayu', 'mukti', 'agung', 'indah', 'baru', 'lestari', 'wangi',
  'kencana', 'manik', 'tirto', 'sentosa', 'raharja', 'utama', 'permai', 'damai', 'luhur', 'mekar', 'kerto', 'kulon', 'wetan', 'lor', 'kidul',
  'ayu', 'sejati', 'murni', 'gemilang', 'abadi', 'bakti', 'tama', 'dadi', 'wungu', 'putih',
];

const KECAMATAN = [
  'Kecamatan Sukajadi', 'Kecamatan Mandala Utara', 'Kecamatan Mandala Selatan', 'Kecamatan Pesisir', 'Kecamatan Bukit Raya',
  'Kecamatan Sungai Lirik', 'Kecamatan Tanah Merah', 'Kecamatan Kota Lama', 'Kecamatan Padang Luas', 'Kecamatan Air Hitam',
];

const PEMBUKA = [
  'Dengan hormat, sehubungan dengan', 'Menindaklanjuti surat sebelumnya mengenai', 'Dalam rangka pelaksanaan', 'Berdasarkan hasil rapat mengenai',
  'Memperhatikan perkembangan', 'Sesuai dengan ketentuan peraturan perundang-undangan tentang',
];

const ISI = [
  'bersama ini kami sampaikan bahwa kegiatan akan dilaksanakan di balai desa dengan menghadirkan perangkat desa dan tokoh masyarakat.',
  'kami mohon kesediaan Saudara untuk menyampaikan data pendukung paling lambat tujuh hari kerja sejak surat ini diterima.',
  'perlu dilakukan koordinasi lintas perangkat daerah agar pelaksanaan anggaran berjalan tertib, efektif dan akuntabel.',
  'diminta kepada seluruh kepala bidang untuk menugaskan staf yang membidangi urusan tersebut sebagai narahubung.',
  'hasil verifikasi lapangan menunjukkan masih terdapat kekurangan dokumen yang perlu dilengkapi oleh pemerintah desa.',
  'laporan pertanggungjawaban disampaikan dalam bentuk cetak dan elektronik kepada sekretariat daerah.',
];

const PENUTUP = [
  'Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.',
  'Atas perhatian Saudara, kami ucapkan terima kasih.',
  'Demikian untuk menjadi perhatian dan dilaksanakan sebagaimana mestinya.',
];

const KLASIFIKASI = ['000.1.2.3', '005', '100.3.4', '400.10.2', '500.5.1', '600.4', '800.1.11.1', '900.1.3', '045.2', '027'];
const INSTANSI = ['BAPPEDA', 'DISKOMINFO', 'SETDA', 'DINKES', 'DISDIK', 'BPKAD', 'DPMD', 'DISPERKIM', 'INSPEKTORAT', 'KEMENDAGRI', 'BPK-RI', 'BAPPENAS'];

/** A SQL array literal of Indonesian strings (single quotes doubled). */
function sqlArray(words: readonly string[]): string {
  return `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;
}

/** Picks from a list with its own hash of k (salt), so choices are independent of each other. */
function pick(words: readonly string[], k: string, salt: number): string {
  return `(${sqlArray(words)})[1 + abs(hashint4((${k})::int + ${salt})) % ${words.length}]`;
}

/** The desa of a letter: one of 2,000 names made of a first and a second part (Sukamaju, Wonorejo...). */
export function desaSql(k: string): string {
  return `(${pick(DESA_AWAL, k, 11)} || ${pick(DESA_AKHIR, k, 13)})`;
}

/** Hal: "Undangan Rapat Koordinasi Penanganan Stunting di Desa Wonorejo". */
export function halSql(k: string): string {
  return `(${pick(JENIS_HAL, k, 1)} || ' ' || ${pick(KEGIATAN, k, 2)} || ' di Desa ' || ${desaSql(k)})`;
}

/** Body: an opening, the kegiatan, the place, two sentences and a closing, about 60 words. */
export function isiSql(k: string): string {
  return `(${pick(PEMBUKA, k, 21)} || ' ' || lower(${pick(KEGIATAN, k, 2)}) || ' di Desa ' || ${desaSql(k)} || ' ' || ${pick(KECAMATAN, k, 23)} || ', ' || ${pick(ISI, k, 24)} || ' Selain itu, ' || ${pick(ISI, k, 25)} || ' ' || ${pick(PENUTUP, k, 26)})`;
}

/** Nomor as printed by the sender: klasifikasi/urut/INSTANSI/tahun, e.g. 005/0157/BAPPEDA/2026. */
export function nomorSql(k: string): string {
  return `(${pick(KLASIFIKASI, k, 31)} || '/' || lpad((1 + abs(hashint4((${k})::int + 32)) % 9999)::text, 4, '0') || '/' || ${pick(INSTANSI, k, 33)} || '/' || (2020 + abs(hashint4((${k})::int + 34)) % 7))`;
}

const CATATAN_DISPOSISI = [
  'Mohon segera ditindaklanjuti.', 'Hadiri dan laporkan hasilnya.', 'Koordinasikan dengan bidang terkait.', 'Siapkan bahan dan telaahan staf.',
  'Pelajari dan berikan saran pertimbangan.', 'Untuk diketahui dan diarsipkan.', 'Wakili saya pada acara tersebut.',
  'Proses sesuai ketentuan yang berlaku.', 'Siapkan jawaban surat untuk saya tandatangani.', 'Agendakan dan ingatkan saya.',
];

const LAPORAN = [
  'Sudah ditindaklanjuti sesuai arahan.', 'Sudah ditindaklanjuti sesuai arahan.', 'Sudah ditindaklanjuti sesuai arahan.',
  'Telah dihadiri, notulen rapat terlampir.', 'Bahan telaahan sudah disiapkan dan diserahkan.', 'Sudah dikoordinasikan dengan bidang terkait.',
  'Surat balasan sudah dikirim kepada pengirim.', 'Sudah diproses, menunggu tanda tangan pimpinan.', 'Data yang diminta sudah disampaikan.',
];

/** A disposisi's catatan, or NULL (3 in 10); one in 10 names a desa ("Tinjau lapangan ke Desa Wonorejo dan laporkan."). */
export function catatanDisposisiSql(k: string): string {
  const bagian = `abs(hashint4((${k})::int + 41)) % 10`;
  return `(CASE WHEN ${bagian} < 3 THEN NULL WHEN ${bagian} = 9 THEN 'Tinjau lapangan ke Desa ' || ${desaSql(k)} || ' dan laporkan.' ELSE ${pick(CATATAN_DISPOSISI, k, 42)} END)`;
}

/** A tindak lanjut report; one in 10 names a desa ("Peninjauan lapangan di Desa Wonorejo sudah dilaksanakan."). */
export function laporanSql(k: string): string {
  return `(CASE WHEN abs(hashint4((${k})::int + 43)) % 10 = 0 THEN 'Peninjauan lapangan di Desa ' || ${desaSql(k)} || ' sudah dilaksanakan.' ELSE ${pick(LAPORAN, k, 44)} END)`;
}
