import { PdfDict, PdfKeyword, PdfRef, type PdfValue } from '@/lib/pdf/parse/values';
import { PdfDefect, type ActiveContent, type ActiveContentKind } from './types';

// Keys whose mere presence makes a reader act or carry a payload, and action types (/S) that run,
// send or open something. From ISO 32000-2 §12.6 (actions), §7.11 (file specifications),
// §12.5.6.15 (file attachment annotations), §12.7.8 (XFA) and Adobe's RichMedia extension.
const KEY_KINDS: Record<string, ActiveContentKind> = {
  JS: 'javascript',
  JavaScript: 'javascript',
  AA: 'additional-actions',
  EmbeddedFiles: 'embedded-file',
  EF: 'embedded-file',
  XFA: 'xfa',
  RichMediaContent: 'rich-media',
  RichMediaSettings: 'rich-media',
};

const ACTION_KINDS: Record<string, ActiveContentKind> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  SubmitForm: 'submit-form',
  ImportData: 'import-data',
  GoToR: 'remote-goto',
  GoToE: 'remote-goto',
};

const SUBTYPE_KINDS: Record<string, ActiveContentKind> = {
  FileAttachment: 'file-attachment',
  RichMedia: 'rich-media',
};

const TYPE_KINDS: Record<string, ActiveContentKind> = {
  EmbeddedFile: 'embedded-file',
};

/** Collects active content over every dictionary of every object, each kind once. */
export class ActiveContentCollector {
  private readonly found = new Map<ActiveContentKind, number | null>();
  /** /OpenAction values that are references, checked once every object is known. */
  readonly openActionRefs: { ref: PdfRef; objectNumber: number | null }[] = [];

  add(kind: ActiveContentKind, objectNumber: number | null): void {
    if (!this.found.has(kind)) this.found.set(kind, objectNumber);
  }

  /**
   * Walks a value iteratively (its depth was already capped by the lexer). A bare keyword where a
   * value belongs is a syntax error a reader may repair in any way, so the file is not vouched for.
   */
  walk(value: PdfValue, objectNumber: number | null): void {
    const stack: PdfValue[] = [value];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (Array.isArray(v)) {
        for (const item of v) stack.push(item);
      } else if (v instanceof PdfDict) {
        this.examine(v, objectNumber);
        for (const item of v.entries.values()) stack.push(item);
      } else if (v instanceof PdfKeyword) {
        throw new PdfDefect('broken-structure', `${objectNumber === null ? 'the trailer' : `object ${objectNumber}`} holds the bare keyword ${JSON.stringify(v.value.slice(0, 20))}`);
      }
    }
  }

  private examine(dict: PdfDict, objectNumber: number | null): void {
    for (const key of dict.entries.keys()) {
      const kind = KEY_KINDS[key];
      if (kind) this.add(kind, objectNumber);
    }
    const pick = (table: Record<string, ActiveContentKind>, key: string) => {
      const name = dict.name(key);
      const kind = name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
      if (kind) this.add(kind, objectNumber);
    };
    pick(ACTION_KINDS, 'S');
    pick(SUBTYPE_KINDS, 'Subtype');
    pick(TYPE_KINDS, 'Type');
    const open = dict.get('OpenAction');
    if (open instanceof PdfRef) this.openActionRefs.push({ ref: open, objectNumber });
    else if (open instanceof PdfDict) this.checkOpenAction(open, objectNumber);
  }

  /**
   * An /OpenAction that only shows a page (a destination array, or a plain GoTo) is what office
   * suites write for the initial view; any other action runs by itself when the file is opened.
   */
  checkOpenAction(action: PdfValue | undefined, objectNumber: number | null): void {
    if (!(action instanceof PdfDict)) return;
    if (action.name('S') !== 'GoTo' || action.entries.has('Next')) this.add('open-action', objectNumber);
  }

  result(): ActiveContent[] {
    return [...this.found].map(([kind, objectNumber]) => ({ kind, objectNumber }));
  }
}
