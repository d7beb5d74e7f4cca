// The pages of a revision in reading order, through the /Pages tree (loops and depth bounded).
import { PdfRefusedError } from '@/lib/pdf/parse/limits';
import { LIMITS } from './limits';
import type { PdfRevision } from '@/lib/pdf/parse/revision';
import { PdfRef } from '@/lib/pdf/parse/values';

/** Object numbers of the pages, in order. */
export function pageNumbers(revision: PdfRevision): number[] {
  const pages: number[] = [];
  const seen = new Set<number>();
  const root = revision.dict(revision.root ?? undefined);
  const walk = (ref: unknown, depth: number) => {
    if (!(ref instanceof PdfRef) || seen.has(ref.num) || depth > LIMITS.maxNesting) return;
    seen.add(ref.num);
    const node = revision.dict(ref);
    if (!node) return;
    const kids = revision.resolve(node.get('Kids'));
    if (node.name('Type') === 'Pages' || Array.isArray(kids)) {
      if (!Array.isArray(kids)) return;
      for (const kid of kids) walk(kid, depth + 1);
      return;
    }
    if (pages.length >= LIMITS.maxObjects) throw new PdfRefusedError(`berkas memuat lebih dari ${LIMITS.maxObjects} halaman`);
    pages.push(ref.num);
  };
  walk(root?.get('Pages'), 0);
  return pages;
}
