// Jenis naskah: labels for the admin and the short code used by the {jenis} token.
export const JENIS_NASKAH_INFO = {
  NOTA_DINAS: ['Nota Dinas', 'ND'],
  MEMO: ['Memo', 'MEMO'],
  SURAT_DINAS: ['Surat Dinas', 'SD'],
  SURAT_UNDANGAN: ['Surat Undangan', 'UND'],
  SURAT_EDARAN: ['Surat Edaran', 'SE'],
  SURAT_TUGAS: ['Surat Tugas', 'ST'],
  SURAT_PERINTAH: ['Surat Perintah', 'SPRIN'],
  KEPUTUSAN: ['Keputusan', 'KEP'],
  PERATURAN: ['Peraturan', 'PER'],
  INSTRUKSI: ['Instruksi', 'INS'],
  SOP: ['SOP', 'SOP'],
  BERITA_ACARA: ['Berita Acara', 'BA'],
  SURAT_KETERANGAN: ['Surat Keterangan', 'SKET'],
  SURAT_PERNYATAAN: ['Surat Pernyataan', 'SPN'],
  SURAT_KUASA: ['Surat Kuasa', 'SK'],
  SURAT_PENGANTAR: ['Surat Pengantar', 'SP'],
  PERJANJIAN: ['Perjanjian', 'PKS'],
  NOTA_KESEPAHAMAN: ['Nota Kesepahaman', 'MOU'],
  PENGUMUMAN: ['Pengumuman', 'PENG'],
  NOTULA: ['Notula', 'NOT'],
  LAPORAN: ['Laporan', 'LAP'],
  TELAAHAN_STAF: ['Telaahan Staf', 'TS'],
  LAINNYA: ['Lainnya', 'LL'],
} as const satisfies Record<string, readonly [string, string]>;

export type JenisNaskahKey = keyof typeof JENIS_NASKAH_INFO;
