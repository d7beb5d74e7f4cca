// How report dimensions are written for people.
import { DERAJAT_KECEPATAN_LABEL } from '@/lib/domain/naskah/labels';
import { JENIS_NASKAH_LABEL } from '@/lib/domain/naskah/konten';
import type { SigningErrorCode } from '@/lib/signing/types';

export function labelDerajat(kode: string): string {
  return DERAJAT_KECEPATAN_LABEL[kode as keyof typeof DERAJAT_KECEPATAN_LABEL] ?? kode;
}

/** Sifat as printed on the letter ('' when the letter printed none). */
export function labelSifat(sifat: string): string {
  return sifat === '' ? 'Tidak dicantumkan' : sifat;
}

/** Every jenis, also the ones the app does not draft (imported rows): SURAT_KUASA -> "Surat Kuasa". */
export function labelJenis(jenis: string): string {
  const known = JENIS_NASKAH_LABEL[jenis as keyof typeof JENIS_NASKAH_LABEL];
  if (known) return known;
  return jenis
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The langkah of a naskah's path: 0 drafting, 1..n paraf, 99 the signature. */
export const LANGKAH_TANDA_TANGAN = 99;

export function labelLangkah(langkah: number): string {
  if (langkah === 0) return 'Penyusunan konsep';
  if (langkah === LANGKAH_TANDA_TANGAN) return 'Tanda tangan';
  return `Paraf ke-${langkah}`;
}

const ALASAN_GAGAL_LAIN: Record<string, string> = {
  RENDER: 'Naskah gagal dibentuk menjadi PDF',
  BUSY: 'Antrean penomoran penuh',
  INTERNAL: 'Kesalahan sistem',
  BELUM_PASTI: 'Status belum pasti (layanan tidak menjawab)',
};

const ALASAN_GAGAL_SINGKAT: Record<SigningErrorCode, string> = {
  WRONG_PASSPHRASE: 'Passphrase salah',
  WRONG_TOTP: 'Kode TOTP salah',
  NOT_REGISTERED: 'NIK belum terdaftar di BSrE',
  NO_CERTIFICATE: 'Belum memiliki sertifikat',
  CERT_EXPIRED: 'Sertifikat kedaluwarsa',
  CERT_REVOKED: 'Sertifikat dicabut',
  CERT_SUSPENDED: 'Sertifikat dibekukan',
  CERT_NOT_ACTIVE: 'Sertifikat belum aktif',
  PDF_REJECTED: 'PDF ditolak layanan tanda tangan',
  UNAVAILABLE: 'Layanan tanda tangan tidak dapat dihubungi',
  TIMEOUT: 'Layanan tanda tangan tidak menjawab tepat waktu',
  UNKNOWN: 'Kesalahan tidak dikenal',
};

/** A short reason for a chart axis; codes the signer adapter does not know keep their code. */
export function labelAlasanGagal(kode: string): string {
  return ALASAN_GAGAL_SINGKAT[kode as SigningErrorCode] ?? ALASAN_GAGAL_LAIN[kode] ?? `Lainnya (${kode})`;
}
