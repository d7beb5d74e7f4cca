// Paper and margins (Permendagri 1/2023): A4 or F4 per OPD; top 2 cm, left 2.5 cm, right 2 cm,
// bottom 2 cm. The bottom margin also holds the page number and, in FINAL, the BSrE footer.
import type { UkuranKertasPdf } from './types';

const CM = 72 / 2.54;

export const PAPER: Record<UkuranKertasPdf, [number, number]> = {
  A4: [595.28, 841.89],
  // F4 / folio as used in Indonesian offices: 215 x 330 mm.
  F4: [21.5 * CM, 33 * CM],
};

export interface PageGeometry {
  pageWidth: number;
  pageHeight: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Text width between the margins. */
  width: number;
  /** Where the signature column starts (the right half, as in the regulation's examples). */
  signatureX: number;
  bodyHeight: number;
}

export function pageGeometry(paper: UkuranKertasPdf, final: boolean): PageGeometry {
  const [pageWidth, pageHeight] = PAPER[paper];
  const left = 2.5 * CM;
  const right = pageWidth - 2 * CM;
  const top = pageHeight - 2 * CM;
  // FINAL keeps a little more room at the bottom for the two-line BSrE footer.
  const bottom = final ? 2.3 * CM : 2 * CM;
  const width = right - left;
  return { pageWidth, pageHeight, left, right, top, bottom, width, signatureX: left + width * 0.5, bodyHeight: top - bottom };
}
