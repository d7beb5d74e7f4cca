export const STATUS_DISPOSISI_LABEL = {
  BELUM_DIBACA: 'Belum dibaca',
  DIBACA: 'Dibaca',
  DITINDAKLANJUTI: 'Ditindaklanjuti',
  SELESAI: 'Selesai',
  DITARIK: 'Ditarik',
  TERLAMBAT: 'Terlambat',
} as const;
