import { isDict, nameOf, PdfRef, type PdfDict, type PdfValue } from './syntax';
import type { ActiveContent, ActiveContentKind } from './types';

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
  readonly openActionRefs: { ref: PdfRef; objectNumber: number }[] = [];

  add(kind: ActiveContentKind, objectNumber: number | null): void {
    if (!this.found.has(kind)) this.found.set(kind, objectNumber);
  }

  /** Walks a value iteratively (its depth was already capped by the lexer). */
  walk(value: PdfValue, objectNumber: number): void {
    const stack: PdfValue[] = [value];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (Array.isArray(v)) {
        for (const item of v) stack.push(item);
      } else if (isDict(v)) {
        this.examine(v, objectNumber);
        for (const item of v.values()) stack.push(item);
      }
    }
  }

  private examine(dict: PdfDict, objectNumber: number): void {
    for (const key of dict.keys()) {
      const kind = KEY_KINDS[key];
      if (kind) this.add(kind, objectNumber);
    }
    const pick = (table: Record<string, ActiveContentKind>, key: string) => {
      const name = nameOf(dict.get(key));
      const kind = name !== null && Object.hasOwn(table, name) ? table[name] : undefined;
      if (kind) this.add(kind, objectNumber);
    };
    pick(ACTION_KINDS, 'S');
    pick(SUBTYPE_KINDS, 'Subtype');
    pick(TYPE_KINDS, 'Type');
    const open = dict.get('OpenAction');
    if (open instanceof PdfRef) this.openActionRefs.push({ ref: open, objectNumber });
    else if (isDict(open)) this.checkOpenAction(open, objectNumber);
  }

  /**
   * An /OpenAction that only shows a page (a destination array, or a plain GoTo) is what office
   * suites write for the initial view; any other action runs by itself when the file is opened.
   */
  checkOpenAction(action: PdfValue | undefined, objectNumber: number): void {
    if (!isDict(action)) return;
    if (nameOf(action.get('S')) !== 'GoTo' || action.has('Next')) this.add('open-action', objectNumber);
  }

  result(): ActiveContent[] {
    return [...this.found].map(([kind, objectNumber]) => ({ kind, objectNumber }));
  }
}
