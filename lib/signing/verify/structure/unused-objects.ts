// Objects an update after the signature wrote that no version of the document uses: neither the
// final file nor the document after any later update reaches them from its trailer (an update of
// our own that replaces the DSS leaves the first one unused now, but it was used). A reader does not show
// them, but they are unsigned bytes riding on a signed letter (any payload, of any size), and no
// update this system makes (a DSS, a document time-stamp) leaves such objects: a change.
import type { PdfRevision } from '@/lib/pdf/parse/revision';
import { PdfDict, PdfRef, type PdfValue } from '@/lib/pdf/parse/values';

const MAX_REPORTED = 20;

/** Object numbers reachable from the revision's trailer, object streams holding them included. */
function reachable(revision: PdfRevision): Set<number> {
  const into = new Set<number>();
  const stack: PdfValue[] = [...revision.trailer.entries].filter(([key]) => key !== 'Prev' && key !== 'XRefStm').map(([, value]) => value);
  while (stack.length) {
    const value = stack.pop();
    if (value instanceof PdfRef) {
      if (into.has(value.num)) continue;
      into.add(value.num);
      const entry = revision.entries.get(value.num);
      if (entry?.type === 'compressed') into.add(entry.stream);
      const object = revision.get(value.num);
      if (object) stack.push(object.value);
    } else if (Array.isArray(value)) {
      // One at a time (a spread of a million-element array overflows the call stack), and a
      // reference already walked is not pushed again (a DSS may repeat one a million times).
      for (const item of value) if (!(item instanceof PdfRef && into.has(item.num))) stack.push(item);
    } else if (value instanceof PdfDict) {
      for (const item of value.entries.values()) stack.push(item);
    }
  }
  return into;
}

function sameChain(a: PdfRevision, b: PdfRevision): boolean {
  return a.sections.length === b.sections.length && a.sections.every((offset, i) => offset === b.sections[i]);
}

function sameEntry(signed: PdfRevision, final: PdfRevision, num: number): boolean {
  const [a, b] = [signed.entries.get(num), final.entries.get(num)];
  if (a?.type === 'offset' && b?.type === 'offset') return a.offset === b.offset;
  if (a?.type === 'compressed' && b?.type === 'compressed') return a.stream === b.stream && a.index === b.index;
  return false;
}

/**
 * New or rewritten objects of the final file (since `signed`) that none of `versions` (the
 * document after each later update) uses; the xref streams that carry the updates aside. The
 * unused objects themselves are never read: they may be anything, of any size.
 */
export function unusedObjects(signed: PdfRevision, final: PdfRevision, versions: PdfRevision[]): string[] {
  const added = [...final.entries]
    .filter(([num, entry]) => entry.type !== 'free' && !sameEntry(signed, final, num) && !(entry.type === 'offset' && final.sections.includes(entry.offset)))
    .map(([num]) => num);
  if (!added.length) return [];
  // Each version walked on its own: the same number may lead elsewhere in an older one (its DSS).
  // A version with the final file's cross-reference chain (the last update, with trailing bytes
  // after its %%EOF) holds the same objects: walked once.
  const distinct = versions.filter((version) => !sameChain(version, final));
  const used = new Set([final, ...distinct].flatMap((version) => [...reachable(version)]));
  const unused: number[] = [];
  for (const num of added) {
    if (used.has(num)) continue;
    unused.push(num);
    if (unused.length > MAX_REPORTED) break;
  }
  if (!unused.length) return [];
  const named = unused.slice(0, MAX_REPORTED).join(', ');
  return [`objek yang tidak dipakai dokumen ditambahkan setelah ditandatangani (objek ${named}${unused.length > MAX_REPORTED ? ' dan lainnya' : ''})`];
}
