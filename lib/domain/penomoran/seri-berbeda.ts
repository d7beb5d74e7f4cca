// Two sequences must never print the same number. A review issued 000.1/0001/UJI/2026 to a Nota
// Dinas (OPD-wide sequence) and a Surat Dinas (its own sequence) because both templates printed
// the same thing: a template with its own sequence must print the jenis, or differ in its text.
import { DEFAULT_TEMPLATE, type TemplateCheck } from './format-nomor';

export interface TemplateSeri {
  /** null: the OPD default for every jenis without its own template. */
  jenis: string | null;
  template: string;
  urutanPerJenis: boolean;
}

const TOKEN = /\{([^{}]*)\}/g;
const printsJenis = (template: string) => [...template.matchAll(TOKEN)].some((m) => m[1] === 'jenis');
/** The fixed text of a template: two templates with the same skeleton print look-alike numbers. */
const skeleton = (template: string) => template.replace(TOKEN, '{}');

export const PEMBEDA_JENIS_DIPERLUKAN =
  'Nomor urut terpisah per jenis memerlukan pembeda: tambahkan {jenis} ke template, atau bedakan teks tetapnya dari template lain OPD ini. Tanpa itu dua jenis naskah bisa mendapat nomor yang sama.';

/** Checks the whole set of an OPD's templates (after a save): no two sequences may print alike. */
export function checkSeriBerbeda(templates: TemplateSeri[]): TemplateCheck {
  const defaultRow = templates.find((t) => t.jenis === null);
  if (defaultRow?.urutanPerJenis && !printsJenis(defaultRow.template)) return { ok: false, message: PEMBEDA_JENIS_DIPERLUKAN };
  const effective = defaultRow ? templates : [...templates, { jenis: null, template: DEFAULT_TEMPLATE, urutanPerJenis: false }];
  const seri = (t: TemplateSeri) => (t.urutanPerJenis && t.jenis ? t.jenis : 'NASKAH');
  for (const a of effective) {
    for (const b of effective) {
      if (a === b || seri(a) === seri(b) || printsJenis(a.template) || printsJenis(b.template)) continue;
      if (skeleton(a.template) === skeleton(b.template)) return { ok: false, message: PEMBEDA_JENIS_DIPERLUKAN };
    }
  }
  return { ok: true };
}
