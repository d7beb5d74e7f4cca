// The one vacant post of the demo and who acts in it: Plt. Kepala Bidang Infrastruktur dan
// Kewilayahan BAPPEDA is the definitif Sekretaris BAPPEDA.
export const PLT = {
  opd: 'BAPPEDA',
  jabatan: 'KABID-IPW',
  /** The post whose definitif holder is named Plt. */
  olehJabatan: 'SEKRETARIS',
  alasan: 'Jabatan lowong: pejabat definitif memasuki masa pensiun',
  /** Months before / after the current month the period spans when the row is created. */
  bulanSebelum: 2,
  bulanSesudah: 4,
} as const;
