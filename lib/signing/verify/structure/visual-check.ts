// The second look at changes after signing: render every page of the signed revision and of the
// whole file and compare the pixels. The structural comparison decides what changed; this catches
// what a reader shows that the structure rules could have missed. PDFium (./pdfium) renders inside
// the verification worker, whose time budget and memory cap end a rendering that runs away; the
// page limits below are checked before a page's bitmap is allocated.
import type { PDFiumDocument, PDFiumLibrary } from '@hyzyla/pdfium';
import { LIMITS } from './limits';
import { discardPdfium, pdfium } from './pdfium';

/** 36 DPI keeps rendering cheap; still enough to see a changed word or a covered area. */
const SCALE = 36 / 72;
/** Grey levels two renderings of the same page may differ by (they are normally identical). */
const NOISE = 24;
/** Final-file pages kept for the comparison with the next signed revision. */
const CACHE_BYTES = 32 * 1024 * 1024;

export type VisualComparison = { outcome: 'SAME' } | { outcome: 'DIFFERENT'; differences: string[] } | { outcome: 'UNAVAILABLE'; reason: string };

interface Page {
  width: number;
  height: number;
  pixels: Uint8Array;
}

class RendererUnavailable extends Error {}

/**
 * The scale a page is rendered at: 36 DPI, lowered for a page so large (up to 14400 pt a side)
 * that its bitmap would pass the pixel limit. It depends only on the page's size, so the same page
 * in two revisions is rendered alike.
 */
export function renderScale(widthPt: number, heightPt: number): number {
  const area = Math.max(1, widthPt) * Math.max(1, heightPt) * SCALE * SCALE;
  return area <= LIMITS.maxRenderedPixels ? SCALE : SCALE * Math.sqrt(LIMITS.maxRenderedPixels / area);
}

async function renderPage(document: PDFiumDocument, index: number): Promise<Page> {
  const page = document.getPage(index);
  if (!(page as unknown as { pageIdx: number }).pageIdx) return { width: 0, height: 0, pixels: new Uint8Array() };
  const { originalWidth, originalHeight } = page.getOriginalSize();
  const scale = renderScale(originalWidth, originalHeight);
  const { width, height, data } = await page.render({ scale, colorSpace: 'Gray', render: 'bitmap', renderFormFields: true });
  return { width, height, pixels: data };
}

function samePage(a: Page, b: Page): boolean {
  if (a.width !== b.width || a.height !== b.height || a.pixels.length !== b.pixels.length) return false;
  for (let i = 0; i < a.pixels.length; i++) if (Math.abs(a.pixels[i] - b.pixels[i]) > NOISE) return false;
  return true;
}

function open(library: PDFiumLibrary, pdf: Uint8Array): Promise<PDFiumDocument> {
  return library.loadDocument(pdf).catch(() => {
    throw new RendererUnavailable('halaman berkas tidak dapat dibaca oleh perender');
  });
}

function pageCount(document: PDFiumDocument): number {
  const count = document.getPageCount();
  if (count > LIMITS.maxRenderedPages) throw new RendererUnavailable(`berkas memuat lebih dari ${LIMITS.maxRenderedPages} halaman untuk dibandingkan`);
  return count;
}

/** Compares one signed revision with the final file page by page; final pages are reused from `cache`. */
async function compareRevision(library: PDFiumLibrary, signedPdf: Uint8Array, final: PDFiumDocument, cache: Map<number, Page>): Promise<VisualComparison> {
  const signed = await open(library, signedPdf);
  try {
    const [signedCount, finalCount] = [pageCount(signed), pageCount(final)];
    const differences: string[] = [];
    if (signedCount !== finalCount) differences.push(`jumlah halaman yang tampil berubah dari ${signedCount} menjadi ${finalCount}`);
    let cached = [...cache.values()].reduce((sum, p) => sum + p.pixels.length, 0);
    for (let i = 0; i < Math.min(signedCount, finalCount); i++) {
      let finalPage = cache.get(i);
      if (!finalPage) {
        finalPage = await renderPage(final, i);
        if (cached + finalPage.pixels.length <= CACHE_BYTES) {
          cache.set(i, finalPage);
          cached += finalPage.pixels.length;
        }
      }
      if (!samePage(await renderPage(signed, i), finalPage)) differences.push(`halaman ${i + 1} tampak berbeda dari versi yang ditandatangani`);
    }
    return differences.length ? { outcome: 'DIFFERENT', differences } : { outcome: 'SAME' };
  } finally {
    signed.destroy();
  }
}

/**
 * Renders the whole file and each signed revision (the first `end` bytes), and compares them page
 * by page. When the pages cannot be rendered (over a limit, a file PDFium cannot read, PDFium out
 * of its heap), the comparison is UNAVAILABLE, with the reason.
 */
export async function compareRenderings(bytes: Uint8Array, ends: number[]): Promise<Map<number, VisualComparison>> {
  const results = new Map<number, VisualComparison>();
  if (!ends.length) return results;
  try {
    const library = await pdfium().catch(() => {
      throw new RendererUnavailable('perender halaman tidak dapat dimuat di server');
    });
    const final = await open(library, bytes);
    try {
      const cache = new Map<number, Page>();
      for (const end of ends) results.set(end, await compareRevision(library, bytes.subarray(0, end), final, cache));
    } finally {
      final.destroy();
    }
  } catch (error) {
    const reason = error instanceof RendererUnavailable ? error.message : 'halaman berkas tidak dapat dirender';
    // PDFium aborted (a WebAssembly RuntimeError, its heap exhausted): its state is lost.
    if (!(error instanceof RendererUnavailable)) discardPdfium();
    for (const end of ends) results.set(end, { outcome: 'UNAVAILABLE', reason });
  }
  return results;
}
