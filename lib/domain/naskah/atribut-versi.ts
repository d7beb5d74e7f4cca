// What a version of a naskah said besides its text: the signer line, tujuan, tembusan and lampiran,
// as labels (a renamed post later does not rewrite history). Compared with the text.

export interface AtributVersi {
  penandatangan: string | null;
  tujuan: string[];
  tembusan: string[];
  /** The "Lampiran" line's sebutan and the attached files' names. */
  lampiran: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Stored JSON to AtributVersi; null for versions recorded before attributes were kept. */
export function parseAtributVersi(value: unknown): AtributVersi | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  return { penandatangan: typeof v.penandatangan === 'string' ? v.penandatangan : null, tujuan: strings(v.tujuan), tembusan: strings(v.tembusan), lampiran: strings(v.lampiran) };
}

/** Labelled paragraphs, in the same style as kontenToParagraphs, to append to the text for the diff. */
export function atributToParagraphs(a: AtributVersi | null): string[] {
  if (!a) return [];
  const list = (label: string, items: string[]) => [`[${label}]`, ...(items.length ? items.map((x, i) => `${i + 1}. ${x}`) : ['—'])];
  return [`[Penandatangan]`, a.penandatangan ?? '—', ...list('Tujuan', a.tujuan), ...list('Tembusan', a.tembusan), ...list('Lampiran', a.lampiran)];
}
