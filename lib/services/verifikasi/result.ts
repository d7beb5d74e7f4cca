import { maskNik } from '@/lib/domain/verifikasi/mask-nik';
import type { PdfVerification, SignatureVerification } from '@/lib/signing/verify';
import { INDICATION_LABELS, SUB_INDICATION_LABELS } from '@/lib/signing/verify/report/indication';
import type { NaskahTerbit } from './issued-naskah';

/** One signature as the public sees it: NIK masked, and the verdict and time said in Indonesian. */
export interface TandaTanganPublik extends SignatureVerification {
  penjelasan: {
    /** The indication (TOTAL_PASSED / TOTAL_FAILED / INDETERMINATE) in words. */
    hasil: string;
    /** The sub-indication in words, or null when the signature passed. */
    alasan: string | null;
    /** Which time the certificates were checked at, and what /M is worth. */
    waktu: string;
  };
}

export interface VerifikasiPublik extends Omit<PdfVerification, 'signatures'> {
  signatures: TandaTanganPublik[];
}

/** What the verification page and API show for one document. */
export interface HasilVerifikasi {
  verification: VerifikasiPublik;
  /** SHA-256 (hex) of the bytes that were checked. */
  sha256: string;
  /** The naskah this system issued, when the document is known. */
  naskah: NaskahTerbit | null;
  /** True when the checked bytes are exactly the file the system issued; null when unknown. */
  samaDenganArsip: boolean | null;
}

export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** A value as it travels through JSON (dates become ISO strings). */
export type Jsonified<T> = T extends Date ? string : T extends (infer U)[] ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

export type HasilVerifikasiJson = Jsonified<HasilVerifikasi>;

export function toJson(hasil: HasilVerifikasi): HasilVerifikasiJson {
  return JSON.parse(JSON.stringify(hasil)) as HasilVerifikasiJson;
}

function waktu(s: SignatureVerification): string {
  if (s.kind === 'DOC_TIMESTAMP') {
    return s.timeStampTime ? 'Stempel waktu dokumen ini membuktikan bahwa dokumen sudah ada pada waktunya.' : 'Stempel waktu dokumen ini tidak terbukti valid: waktunya tidak dapat dipercaya.';
  }
  if (s.timeSource === 'SIGNATURE_TIMESTAMP') return 'Waktu penandatanganan dibuktikan oleh stempel waktu tepercaya; sertifikat diperiksa pada waktu itu.';
  if (s.timeSource === 'DOCUMENT_TIMESTAMP') return 'Waktu dibuktikan oleh stempel waktu dokumen yang ditambahkan kemudian; sertifikat diperiksa pada waktu itu.';
  const claim = s.kind === 'SIGNATURE' && s.claimedSigningTime ? ' Waktu /M pada tanda tangan hanya waktu yang diklaim penanda tangan.' : '';
  return `Tidak ada waktu tepercaya: sertifikat diperiksa pada waktu pemeriksaan.${claim}`;
}

/** The verification as the public may see it: signers' NIKs masked, the verdict explained. */
export function forPublic(verification: PdfVerification): VerifikasiPublik {
  return {
    ...verification,
    signatures: verification.signatures.map((s) => ({
      ...s,
      signerNik: maskNik(s.signerNik),
      penjelasan: { hasil: INDICATION_LABELS[s.indication], alasan: s.subIndication ? SUB_INDICATION_LABELS[s.subIndication] : null, waktu: waktu(s) },
    })),
  };
}
