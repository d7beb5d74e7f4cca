// From what went wrong to the ETSI EN 319 102-1 indication, and how each is said to people.
import type { PathFailure } from '../path/validate-path';
import type { Indication, SignatureStatus, SubIndication } from '../types';

export interface Verdict {
  indication: Indication;
  subIndication: SubIndication | null;
}

export const PASSED: Verdict = { indication: 'TOTAL_PASSED', subIndication: null };

const TOTAL_FAILED = new Set<SubIndication>(['FORMAT_FAILURE', 'HASH_FAILURE', 'SIG_CRYPTO_FAILURE', 'CHANGED_AFTER_SIGNING', 'REVOKED', 'EXPIRED', 'NOT_YET_VALID']);

export function verdict(subIndication: SubIndication): Verdict {
  return { indication: TOTAL_FAILED.has(subIndication) ? 'TOTAL_FAILED' : 'INDETERMINATE', subIndication };
}

/**
 * A failed path at the validation time. Expiry and revocation are final (TOTAL_FAILED) only when
 * that time is proven by a verified time-stamp; at the moment of checking they only show that no
 * proof of an earlier existence was given (…_NO_POE).
 */
export function pathVerdict(failure: PathFailure, failedAt: number, timeProven: boolean): Verdict {
  switch (failure) {
    case 'NOT_YET_VALID':
      return verdict(failedAt === 0 ? 'NOT_YET_VALID' : 'OUT_OF_BOUNDS_NO_POE');
    case 'EXPIRED':
      return verdict(failedAt === 0 && timeProven ? 'EXPIRED' : 'OUT_OF_BOUNDS_NO_POE');
    case 'REVOKED':
      return verdict(timeProven ? 'REVOKED' : 'REVOKED_NO_POE');
    case 'REVOKED_CA':
      return verdict('REVOKED_CA_NO_POE');
    case 'REVOCATION_UNKNOWN':
      return verdict('TRY_LATER');
    default:
      return verdict(failure);
  }
}

/**
 * The overall status the page leads with: only a missing revocation answer leaves a signature
 * "not yet certain"; any other doubt about the signer or the time means it must not be relied on.
 */
export function statusOf({ indication, subIndication }: Verdict): SignatureStatus {
  if (indication === 'TOTAL_PASSED') return 'VALID';
  return subIndication === 'TRY_LATER' ? 'INDETERMINATE' : 'INVALID';
}

export const INDICATION_LABELS: Record<Indication, string> = {
  TOTAL_PASSED: 'Lolos seluruh pemeriksaan',
  TOTAL_FAILED: 'Gagal: tanda tangan tidak valid',
  INDETERMINATE: 'Tidak dapat dibuktikan valid',
};

/** What each sub-indication means, for the person holding the document. */
export const SUB_INDICATION_LABELS: Record<SubIndication, string> = {
  FORMAT_FAILURE: 'Format tanda tangan rusak atau tidak sesuai standar.',
  HASH_FAILURE: 'Isi dokumen tidak sama dengan yang ditandatangani (hash tidak cocok).',
  SIG_CRYPTO_FAILURE: 'Nilai tanda tangan tidak dapat dibuktikan dengan kunci sertifikat penanda tangan.',
  CHANGED_AFTER_SIGNING: 'Dokumen diubah setelah ditandatangani: yang tampil kepada pembaca bukan yang ditandatangani.',
  REVOKED: 'Sertifikat penanda tangan sudah dicabut sebelum waktu penandatanganan yang terbukti.',
  EXPIRED: 'Sertifikat penanda tangan sudah kedaluwarsa pada waktu penandatanganan yang terbukti.',
  NOT_YET_VALID: 'Sertifikat penanda tangan belum berlaku pada waktu penandatanganan.',
  NO_SIGNING_CERTIFICATE_FOUND: 'Sertifikat penanda tangan tidak ditemukan atau tidak sesuai dengan yang dirujuk tanda tangan.',
  NO_CERTIFICATE_CHAIN_FOUND: 'Sertifikat penanda tangan tidak diterbitkan oleh penyelenggara sertifikasi elektronik tepercaya (rantai ke root tepercaya tidak ada).',
  CHAIN_CONSTRAINTS_FAILURE: 'Rantai sertifikat melanggar aturan penerbitan (sertifikat CA tidak berwenang).',
  SIG_CONSTRAINTS_FAILURE: 'Tanda tangan atau stempel waktunya tidak memenuhi syarat (mis. sertifikat tidak untuk tanda tangan, stempel waktu tidak sah).',
  OUT_OF_BOUNDS_NO_POE: 'Sertifikat sudah tidak berlaku saat diperiksa, dan tidak ada stempel waktu tepercaya yang membuktikan dokumen ditandatangani saat sertifikat masih berlaku.',
  REVOKED_NO_POE: 'Sertifikat penanda tangan sudah dicabut, dan tidak ada stempel waktu tepercaya yang membuktikan dokumen ditandatangani sebelum pencabutan.',
  REVOKED_CA_NO_POE: 'Sertifikat penerbit (CA) dalam rantai sudah dicabut.',
  TRY_LATER: 'Status pencabutan sertifikat belum dapat diperiksa. Coba lagi nanti.',
};
