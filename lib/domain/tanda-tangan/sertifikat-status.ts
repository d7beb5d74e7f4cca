// What the signer reads about their certificate before anyone waits for their signature.
import type { SignerStatus } from '@/lib/signing/types';

/** Days before expiry from which the pejabat is warned. */
export const PERINGATAN_KEDALUWARSA_HARI = 30;

const LABEL: Record<Exclude<SignerStatus, 'ISSUE'>, string> = {
  EXPIRED: 'Sertifikat elektronik Anda sudah kedaluwarsa. Ajukan pembaruan sertifikat sebelum menandatangani.',
  RENEW: 'Sertifikat elektronik Anda sedang diperbarui dan belum dapat dipakai.',
  NEW: 'Sertifikat elektronik Anda belum aktif.',
  WAITING_FOR_VERIFICATION: 'Sertifikat elektronik Anda masih menunggu verifikasi.',
  NO_CERTIFICATE: 'Anda belum memiliki sertifikat elektronik. Hubungi admin untuk pendaftaran.',
  NOT_REGISTERED: 'NIK Anda belum terdaftar di BSrE sebagai pemilik sertifikat elektronik.',
  SUSPEND: 'Sertifikat elektronik Anda sedang dibekukan.',
  REVOKE: 'Sertifikat elektronik Anda telah dicabut dan tidak dapat dipakai menandatangani.',
};

export type SertifikatNotice = { tingkat: 'galat' | 'peringatan'; pesan: string } | null;

/**
 * The status as far as we know it: the backend's last answer, but EXPIRED once the newest stored
 * certificate has ended (BSrE's answer may be days old, and says nothing about the date).
 */
export function statusMenurutMasaBerlaku<S extends string | null>(status: S, berlakuSampai: Date | null, now: Date): S | 'EXPIRED' {
  if (berlakuSampai && berlakuSampai.getTime() <= now.getTime() && (status === null || status === 'ISSUE')) return 'EXPIRED';
  return status;
}

/** The notice for a status and (when known) the expiry date; null when all is well. */
export function sertifikatNotice(reported: SignerStatus, berlakuSampai: Date | null, now: Date): SertifikatNotice {
  const status = statusMenurutMasaBerlaku(reported, berlakuSampai, now);
  if (status !== 'ISSUE') return { tingkat: 'galat', pesan: LABEL[status] };
  if (!berlakuSampai) return null;
  const hari = Math.ceil((berlakuSampai.getTime() - now.getTime()) / 86_400_000);
  if (hari > PERINGATAN_KEDALUWARSA_HARI) return null;
  return { tingkat: 'peringatan', pesan: `Sertifikat elektronik Anda berakhir dalam ${hari} hari. Ajukan pembaruan sekarang agar penandatanganan tidak terhenti.` };
}

const LABEL_PENANDATANGAN: Record<Exclude<SignerStatus, 'ISSUE'>, string> = {
  EXPIRED: 'kedaluwarsa',
  RENEW: 'sedang diperbarui',
  NEW: 'belum aktif',
  WAITING_FOR_VERIFICATION: 'masih menunggu verifikasi',
  NO_CERTIFICATE: 'belum ada (belum diterbitkan)',
  NOT_REGISTERED: 'belum terdaftar di BSrE',
  SUSPEND: 'dibekukan',
  REVOKE: 'dicabut',
};

/** On a konsep, for everyone in the chain: the signer's certificate cannot sign, said before anyone waits. */
export function sertifikatPenandatanganNotice(nama: string, status: string | null): string | null {
  if (!status || status === 'ISSUE' || !Object.hasOwn(LABEL_PENANDATANGAN, status)) return null;
  return `Sertifikat elektronik penandatangan (${nama}) ${LABEL_PENANDATANGAN[status as Exclude<SignerStatus, 'ISSUE'>]}: naskah ini belum dapat ditandatangani. Minta penandatangan atau admin mengurus sertifikatnya sebelum naskah sampai ke penandatangan.`;
}

