// What a reader of the whole file sees that the signer did not sign: the object graph reachable
// from the final trailer compared with the one of the signed revision. After a signature this
// system appends only a DSS and document time-stamps (a new, invisible signature field added to
// the AcroForm and the page's /Annots); everything else that a reader can see is a change.
import { docMdpLevel } from './docmdp';
import { pageNumbers } from './pages';
import type { PdfObject, PdfRevision, XrefEntry } from '@/lib/pdf/parse/revision';
import { isInvisibleSignatureField, isSignatureField, refNum } from './signature-widgets';
import { changedKeys, PdfDict, PdfRef, sameValue, type PdfValue } from '@/lib/pdf/parse/values';

/** Catalog entries a later update may change: the DSS (B-LT) and the AcroForm (checked on its own). */
const CATALOG_ALLOWED = new Set(['DSS', 'AcroForm']);
const ACROFORM_ALLOWED = new Set(['Fields', 'SigFlags']);
/** Links that lead back up or sideways in the graph: followed from their own owners instead. */
const NOT_FOLLOWED = new Set(['Parent', 'P', 'DSS']);

const KIND_NAMES: Record<string, string> = {
  Contents: 'aliran isi halaman',
  Font: 'font',
  FontDescriptor: 'font',
  FontFile: 'font',
  FontFile2: 'font',
  FontFile3: 'font',
  XObject: 'XObject',
  Resources: 'sumber daya halaman',
  Annot: 'anotasi',
  AP: 'tampilan anotasi',
  N: 'tampilan anotasi',
};

function sameEntry(a: XrefEntry | undefined, b: XrefEntry | undefined, changedStreams: (n: number) => boolean): boolean {
  if (!a || !b || a.type !== b.type) return false;
  if (a.type === 'offset' && b.type === 'offset') return a.offset === b.offset && a.gen === b.gen;
  if (a.type === 'compressed' && b.type === 'compressed') return a.stream === b.stream && a.index === b.index && !changedStreams(a.stream);
  return a.type === 'free';
}

/** Object numbers whose definition in the final file is not the one of the signed revision. */
function redefinedObjects(signed: PdfRevision, final: PdfRevision): Set<number> {
  const offsetChanged = (n: number) => !sameEntry(signed.entries.get(n), final.entries.get(n), () => false);
  const changed = new Set<number>();
  for (const [num, entry] of final.entries) {
    if (entry.type === 'free') continue;
    if (!sameEntry(signed.entries.get(num), entry, offsetChanged)) changed.add(num);
  }
  return changed;
}

function sameObject(a: PdfObject | null, b: PdfObject | null, signed: PdfRevision, final: PdfRevision): boolean {
  if (!a || !b || !sameValue(a.value, b.value)) return false;
  return Buffer.from(signed.rawStream(a)).equals(Buffer.from(final.rawStream(b)));
}

function kindOf(value: PdfValue | undefined, via: string | undefined): string {
  if (value instanceof PdfDict) {
    const type = value.name('Type');
    const subtype = value.name('Subtype');
    if (type === 'Annot' || (subtype && via === 'Annots')) return `anotasi ${subtype ?? ''}`.trim();
    if (type === 'Font' || type === 'FontDescriptor') return 'font';
    if (type === 'XObject' || subtype === 'Form' || subtype === 'Image') return subtype === 'Image' ? 'gambar' : 'XObject';
    if (type) return type;
  }
  return (via && KIND_NAMES[via]) ?? (via ? `/${via}` : 'objek');
}

interface Context {
  page?: number;
  via?: string;
}

class Comparison {
  readonly changes: string[] = [];
  private readonly visited = new Set<number>();
  private readonly redefined: Set<number>;
  private readonly pageIndex = new Map<number, number>();
  private readonly permits: 1 | 2 | 3 | null;

  constructor(
    private readonly signed: PdfRevision,
    private readonly final: PdfRevision,
  ) {
    this.redefined = redefinedObjects(signed, final);
    this.permits = docMdpLevel(signed);
  }

  private where(ctx: Context): string {
    return ctx.page ? `halaman ${ctx.page}: ` : '';
  }

  run(): string[] {
    const { signed, final } = this;
    if (!final.sections.includes(signed.sections[0])) {
      this.changes.push('riwayat revisi tidak berlanjut dari revisi yang ditandatangani (tabel referensi silang baru menggantikannya)');
    }
    const signedRoot = signed.root;
    const finalRoot = final.root;
    if (!signedRoot || !finalRoot || signedRoot.num !== finalRoot.num) {
      this.changes.push(`katalog dokumen (/Root) diganti dengan objek ${finalRoot?.num ?? 'lain'}`);
      return this.changes;
    }
    const signedPages = pageNumbers(signed);
    const finalPages = pageNumbers(final);
    finalPages.forEach((num, i) => this.pageIndex.set(num, i + 1));
    finalPages.forEach((num, i) => {
      if (!signedPages.includes(num)) this.changes.push(`halaman ${i + 1} ditambahkan (objek ${num})`);
    });
    signedPages.forEach((num, i) => {
      if (!this.pageIndex.has(num)) this.changes.push(`halaman ${i + 1} dihapus`);
    });
    const common = finalPages.filter((n) => signedPages.includes(n));
    if (common.join() !== signedPages.filter((n) => this.pageIndex.has(n)).join()) this.changes.push('urutan halaman diubah');

    this.visited.add(finalRoot.num);
    const oldCatalog = signed.dict(signedRoot);
    const catalog = final.dict(finalRoot);
    if (!catalog || !oldCatalog) {
      this.changes.push('katalog dokumen tidak dapat dibaca');
      return this.changes;
    }
    if (this.redefined.has(finalRoot.num)) {
      for (const key of changedKeys(oldCatalog, catalog)) if (!CATALOG_ALLOWED.has(key)) this.changes.push(`katalog dokumen: /${key} diubah`);
    }
    for (const num of finalPages) this.visit(new PdfRef(num, 0), { page: this.pageIndex.get(num) });
    this.compareAcroForm(oldCatalog.get('AcroForm'), catalog.get('AcroForm'));
    this.descend(catalog, {});
    for (const problem of final.problems) if (!signed.problems.includes(problem)) this.changes.push(problem);
    return this.changes;
  }

  private visit(ref: PdfRef, ctx: Context): void {
    if (this.visited.has(ref.num)) return;
    this.visited.add(ref.num);
    const object = this.final.get(ref.num);
    if (!object) {
      // Freed or broken since signing: a reader reads the reference as null (content gone).
      if (this.signed.get(ref.num)) this.changes.push(`${this.where(ctx)}${kindOf(this.signed.get(ref.num)!.value, ctx.via)} dihapus (objek ${ref.num})`);
      return;
    }
    const value = object.value;
    const isPage = this.pageIndex.has(ref.num);
    const here: Context = isPage ? { page: this.pageIndex.get(ref.num) } : ctx;
    if (this.redefined.has(ref.num)) this.judge(object, here, isPage);
    if (isPage && value instanceof PdfDict) this.compareAnnots(ref.num, value, here);
    this.descend(value, here);
  }

  private judge(object: PdfObject, ctx: Context, isPage: boolean): void {
    const old = this.signed.get(object.num);
    const value = object.value;
    if (isPage) {
      const oldDict = old?.value instanceof PdfDict ? old.value : null;
      if (!oldDict || !(value instanceof PdfDict)) return; // reported as an added page
      for (const key of changedKeys(oldDict, value)) if (key !== 'Annots') this.changes.push(`${this.where(ctx)}/${key} diubah (objek ${object.num})`);
      return;
    }
    if (value instanceof PdfDict && value.name('Type') === 'Pages' && old?.value instanceof PdfDict) {
      // Kids and Count are compared as the page list.
      for (const key of changedKeys(old.value, value)) {
        if (key !== 'Kids' && key !== 'Count') this.changes.push(`pohon halaman: /${key} diubah (objek ${object.num})`);
      }
      return;
    }
    if (!old) {
      this.changes.push(`${this.where(ctx)}${kindOf(value, ctx.via)} baru (objek ${object.num})`);
      return;
    }
    if (!sameObject(old, object, this.signed, this.final)) this.changes.push(`${this.where(ctx)}${kindOf(value, ctx.via)} diubah (objek ${object.num})`);
  }

  private descend(value: PdfValue | undefined, ctx: Context, via = ctx.via): void {
    if (value instanceof PdfRef) this.visit(value, { ...ctx, via });
    else if (Array.isArray(value)) for (const item of value) this.descend(item, ctx, via);
    else if (value instanceof PdfDict) {
      for (const [key, item] of value.entries) {
        if (NOT_FOLLOWED.has(key)) continue;
        if (key === 'Annots' && ctx.page) continue; // compared in compareAnnots
        if (key === 'V' && isSignatureField(this.final, value)) continue; // a signature value shows nothing
        this.descend(item, ctx, key);
      }
    }
  }

  /** A list-valued entry (/Annots, /Fields), resolved, with the array object itself marked as seen. */
  private list(revision: PdfRevision, value: PdfValue | undefined, mark: boolean): PdfValue[] {
    if (value instanceof PdfRef && mark) this.visited.add(value.num);
    const resolved = revision.resolve(value);
    return Array.isArray(resolved) ? resolved : [];
  }

  private compareAnnots(pageNum: number, page: PdfDict, ctx: Context): void {
    const oldPage = this.signed.dict(new PdfRef(pageNum, 0));
    const now = this.list(this.final, page.get('Annots'), true);
    if (!oldPage) {
      this.descend(now, ctx, 'Annots');
      return;
    }
    const before = this.list(this.signed, oldPage.get('Annots'), false).map(refNum);
    const nowNums = now.map(refNum);
    for (const num of before) if (num !== null && !nowNums.includes(num)) this.changes.push(`${this.where(ctx)}anotasi dihapus (objek ${num})`);
    for (const item of now) {
      const num = refNum(item);
      if (num !== null && before.includes(num)) {
        this.descend(item, ctx, 'Annots');
        continue;
      }
      if (!(item instanceof PdfRef)) {
        this.changes.push(`${this.where(ctx)}anotasi langsung ditambahkan`);
        continue;
      }
      if (this.permittedNewAnnotation(item)) {
        this.visited.add(item.num);
        continue;
      }
      this.changes.push(`${this.where(ctx)}${kindOf(this.final.resolve(item), 'Annots')} baru (objek ${item.num})`);
      this.descend(item, ctx, 'Annots');
    }
  }

  /** A new annotation a reader would not see (an invisible signature field), or one DocMDP permits. */
  private permittedNewAnnotation(ref: PdfRef): boolean {
    if (this.signed.get(ref.num)) return false;
    if (isInvisibleSignatureField(this.final, ref)) return true;
    if (this.permits !== null && this.permits >= 2 && isSignatureField(this.final, ref)) return true;
    return this.permits === 3 && this.final.dict(ref)?.name('Subtype') !== 'Widget';
  }

  private compareAcroForm(before: PdfValue | undefined, after: PdfValue | undefined): void {
    if (after instanceof PdfRef) this.visited.add(after.num);
    const oldForm = this.signed.dict(before) ?? new PdfDict(new Map());
    const form = this.final.dict(after);
    if (!form) {
      if (this.signed.dict(before)) this.changes.push('formulir (AcroForm) dihapus');
      return;
    }
    for (const key of changedKeys(oldForm, form)) if (!ACROFORM_ALLOWED.has(key)) this.changes.push(`formulir (AcroForm): /${key} diubah`);
    const oldFields = this.list(this.signed, oldForm.get('Fields'), false).map(refNum);
    const fields = this.list(this.final, form.get('Fields'), true);
    const nowNums = fields.map(refNum);
    for (const num of oldFields) if (num !== null && !nowNums.includes(num)) this.changes.push(`formulir (AcroForm): bidang dihapus (objek ${num})`);
    for (const field of fields) {
      const num = refNum(field);
      if (num !== null && !oldFields.includes(num) && !(field instanceof PdfRef && this.permittedNewAnnotation(field))) {
        this.changes.push(`formulir (AcroForm): bidang baru (objek ${num ?? 'langsung'})`);
      }
      if (num !== null && !oldFields.includes(num)) this.visited.add(num);
    }
    for (const [key, value] of form.entries) if (key !== 'Fields') this.descend(value, {}, key);
    this.descend(fields.filter((f) => oldFields.includes(refNum(f))), {}, 'Fields');
  }
}

/** Changes a reader of the final file sees compared with the signed revision, in Indonesian. */
export function compareRevisions(signed: PdfRevision, final: PdfRevision): string[] {
  return new Comparison(signed, final).run();
}

