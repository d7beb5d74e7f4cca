// The disposisi instruction checklist most OPD use (domain.md); each OPD may edit its own copy.
export const INSTRUKSI_BAWAAN = [
  'Untuk diketahui',
  'Untuk ditindaklanjuti',
  'Hadiri / wakili',
  'Pelajari dan beri saran',
  'Siapkan bahan / konsep jawaban',
  'Koordinasikan',
  'Proses sesuai ketentuan',
  'Agendakan',
  'Arsipkan',
  'Bicarakan dengan saya',
  'Laporkan hasilnya',
] as const;
