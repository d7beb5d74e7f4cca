// The disposisi instruction checklist most OPD use (the printed lembar disposisi of Srikandi and
// regional e-office systems). Every new OPD starts with it; the admin can edit the list per OPD.
export const INSTRUKSI_DISPOSISI_DEFAULT = [
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

export type InstruksiDisposisiDefault = (typeof INSTRUKSI_DISPOSISI_DEFAULT)[number];
