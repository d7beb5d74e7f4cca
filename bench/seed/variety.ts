// The spread a real inbox has: many senders, a mix of urgencies and security classes, dates over
// several years. Each is an SQL expression over the letter's number `k`, drawn from independent
// hashes so that no two properties move together (an inbox then holds every sender at every urgency).

/** Years of history the letters are spread over, newest now. */
export const HISTORY_YEARS = 6;

const PENGIRIM = [
  'Kementerian Dalam Negeri', 'Kementerian Keuangan', 'Kementerian Kominfo', 'Kementerian PANRB', 'Kementerian Kesehatan',
  'Kementerian Pendidikan', 'Kementerian PUPR', 'Kementerian Perhubungan', 'Kementerian Sosial', 'Kementerian Agama',
  'Bappenas', 'BPK RI', 'BPKP', 'BKN', 'BSSN', 'Badan Pusat Statistik', 'Arsip Nasional RI', 'Ombudsman RI', 'KPK',
  'Sekretariat Kabinet', 'Gubernur Nusa Indah', 'Sekretariat Daerah', 'DPRD Provinsi Nusa Indah', 'Inspektorat Provinsi',
  'Bupati Tanjung Sari', 'Bupati Lembah Hijau', 'Wali Kota Pelabuhan Ratu', 'Bupati Kepulauan Timur', 'Kepolisian Daerah',
  'Kejaksaan Tinggi', 'Pengadilan Tinggi', 'Universitas Nusa Indah', 'Politeknik Negeri Nusa Indah', 'PT Telkom Indonesia',
  'Bank Pembangunan Daerah', 'RSUD Provinsi', 'Lembaga Administrasi Negara', 'Komisi Informasi Provinsi', 'Yayasan Cerdas Bangsa',
  'Kamar Dagang dan Industri Daerah',
];

/** A hash of `k` salted with `salt`, as a non-negative integer below `n`. */
export function pickSql(k: string, salt: string, n: number): string {
  return `(abs(hashtext('${salt}' || ${k}::text)) % ${n})`;
}

export function pengirimSql(k: string): string {
  return `(ARRAY[${PENGIRIM.map((p) => `'${p.replace(/'/g, "''")}'`).join(',')}])[1 + ${pickSql(k, 'pengirim', PENGIRIM.length)}]`;
}

/** 70% BIASA, 20% SEGERA, 10% SANGAT_SEGERA. */
export function kecepatanSql(k: string): string {
  return `(CASE WHEN ${pickSql(k, 'kecepatan', 10)} < 7 THEN 'BIASA' WHEN ${pickSql(k, 'kecepatan', 10)} < 9 THEN 'SEGERA' ELSE 'SANGAT_SEGERA' END)::"DerajatKecepatan"`;
}

/** 5% RAHASIA. */
export function keamananSql(k: string): string {
  return `(CASE WHEN ${pickSql(k, 'keamanan', 20)} = 0 THEN 'RAHASIA' ELSE 'BIASA' END)::"KlasifikasiKeamanan"`;
}

/** Delivery time: spread evenly over HISTORY_YEARS (older letters have smaller k), with a few hours of jitter. */
export function deliveredAtSql(k: string, letters: number): string {
  const spanSeconds = HISTORY_YEARS * 365 * 24 * 3600;
  return `(now() - ((${letters} - ${k})::float8 * ${spanSeconds / letters} + ${pickSql(k, 'jam', 6 * 3600)}) * interval '1 second')`;
}
