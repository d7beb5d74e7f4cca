// The kinds of notification, one per event that hands someone work, with the words people see on
// the settings page. Preferences are kept per kind.

export const JENIS_NOTIFIKASI = {
  DISPOSISI_DITERIMA: 'Disposisi masuk untuk Anda',
  TINDAK_LANJUT_DILAPORKAN: 'Tindak lanjut atas disposisi yang Anda berikan',
  TENGGAT_BESOK: 'Batas waktu disposisi besok',
  TENGGAT_LEWAT: 'Batas waktu disposisi terlewati',
  SURAT_DITERIMA: 'Surat dinas masuk (tujuan atau tembusan)',
  KONSEP_DIKEMBALIKAN: 'Konsep Anda dikembalikan',
  PARAF_DITUNGGU: 'Paraf Anda ditunggu',
  TANDA_TANGAN_DITUNGGU: 'Tanda tangan Anda ditunggu',
  NASKAH_DITANDATANGANI: 'Naskah yang Anda konsep atau paraf telah ditandatangani',
  TANDA_TANGAN_GAGAL: 'Penandatanganan gagal',
  PENUGASAN_PELAKSANA: 'Anda ditunjuk sebagai Plt./Plh.',
  SERTIFIKAT_AKAN_KEDALUWARSA: 'Sertifikat elektronik akan kedaluwarsa',
} as const;

export type JenisNotifikasi = keyof typeof JENIS_NOTIFIKASI;

export const DAFTAR_JENIS = Object.keys(JENIS_NOTIFIKASI) as JenisNotifikasi[];

export function isJenisNotifikasi(value: string): value is JenisNotifikasi {
  return Object.hasOwn(JENIS_NOTIFIKASI, value);
}

/** Channels outside the app; in-app (the bell) is always on. */
export const KANAL_LUAR = ['EMAIL', 'WHATSAPP', 'PUSH'] as const;
export type KanalLuar = (typeof KANAL_LUAR)[number];

export const LABEL_KANAL: Record<KanalLuar, string> = { EMAIL: 'E-mail', WHATSAPP: 'WhatsApp', PUSH: 'Notifikasi ponsel' };
