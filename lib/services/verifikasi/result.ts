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
