// How letter attributes are written for people (regulation wording).
export const KLASIFIKASI_KEAMANAN_LABEL = {
  BIASA: 'Biasa',
  TERBATAS: 'Terbatas',
  RAHASIA: 'Rahasia',
  SANGAT_RAHASIA: 'Sangat Rahasia',
} as const;

export const DERAJAT_KECEPATAN_LABEL = {
  BIASA: 'Biasa',
  SEGERA: 'Segera',
  SANGAT_SEGERA: 'Sangat Segera',
} as const;

export const STATUS_NASKAH_LABEL = {
  KONSEP: 'Konsep',
  VERIFIKASI: 'Dalam verifikasi',
  DIKEMBALIKAN: 'Dikembalikan',
  MENUNGGU_TANDA_TANGAN: 'Menunggu tanda tangan',
  DITANDATANGANI: 'Ditandatangani',
  TERCATAT: 'Tercatat',
  DIBATALKAN: 'Dibatalkan',
} as const;
