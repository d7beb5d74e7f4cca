import { maskNik } from '@/lib/domain/verifikasi/mask-nik';
import type { PdfVerification } from '@/lib/signing/verify';
import type { NaskahTerbit } from './issued-naskah';

/** What the verification page and API show for one document. */
export interface HasilVerifikasi {
  verification: PdfVerification;
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

/** The verification as the public may see it: signers' NIKs masked. */
export function forPublic(verification: PdfVerification): PdfVerification {
  return { ...verification, signatures: verification.signatures.map((s) => ({ ...s, signerNik: maskNik(s.signerNik) })) };
}
