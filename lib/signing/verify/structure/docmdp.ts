// DocMDP (ISO 32000-1, 12.8.2.2): the changes a certifying signature permits after it.
// 1 = none, 2 = filling forms and signing, 3 = also annotations. Our own naskah declare none.
import type { PdfRevision } from '@/lib/pdf/parse/revision';
import { PdfDict } from '@/lib/pdf/parse/values';

export type DocMdpLevel = 1 | 2 | 3;

/** The /P of the DocMDP transform declared in the signed revision's catalog, or null. */
export function docMdpLevel(revision: PdfRevision): DocMdpLevel | null {
  const catalog = revision.dict(revision.root ?? undefined);
  const perms = revision.dict(catalog?.get('Perms'));
  const signature = revision.dict(perms?.get('DocMDP'));
  const references = revision.resolve(signature?.get('Reference'));
  if (!signature || !Array.isArray(references)) return signature ? 2 : null;
  for (const item of references) {
    const reference = revision.dict(item);
    if (reference?.name('TransformMethod') !== 'DocMDP') continue;
    const params = revision.resolve(reference.get('TransformParams'));
    const p = params instanceof PdfDict ? params.get('P') : undefined;
    return p === 1 || p === 3 ? p : 2;
  }
  return 2;
}
