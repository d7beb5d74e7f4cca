// Turns what the editor sent into konten fit to store: unknown fields dropped, rich text
// sanitized, sizes checked. A konsep may be incomplete while it is being written (an empty date,
// no petugas yet); it must be complete before it is submitted (parseKonten in konten.ts).
import { z } from 'zod';
import { KONTEN_SCHEMA, RICH_TEXT_MAX, type JenisNaskahDidukung } from './konten';
import { KONTEN_FIELDS, type KontenField } from './konten-fields';
import { richTextToParagraphs, sanitizeRichText } from './rich-text';
import { htmlDepth, RICH_TEXT_MAX_DEPTH, RICH_TEXT_TOO_DEEP_MESSAGE } from './rich-text-depth';
import { FORBIDDEN_CHARACTER_MESSAGE, INVALID_DATE_MESSAGE, jsonDepth } from '@/lib/domain/input/fields';

/** What the editor may send for one naskah before sanitizing; larger requests are refused outright. */
export const KONTEN_REQUEST_MAX = 5 * 1024 * 1024;

/** Konten is an object of fields, lists of points and lists of petugas: a few levels. */
export const KONTEN_MAX_JSON_DEPTH = 8;

export const KONTEN_TOO_LARGE_MESSAGE = 'Naskah terlalu besar untuk disimpan (lebih dari 5 MB). Kurangi isi atau pindahkan tabel besar ke lampiran.';

export type PreparedKonten =
  | { ok: true; konten: Record<string, unknown>; complete: boolean; missing: Record<string, string[]> }
  | { ok: false; message: string; fieldErrors: Record<string, string[]> };

// While drafting, only "not filled in yet" problems are tolerated.
const TOLERATED_WHILE_DRAFTING = new Set(['too_small', 'invalid_format']);

// Too deep a body is left as it came, for the schema to refuse with its message.
const sanitizeIfShallow = (v: unknown) => (typeof v === 'string' && htmlDepth(v, RICH_TEXT_MAX_DEPTH) <= RICH_TEXT_MAX_DEPTH ? sanitizeRichText(v) : v);

// Refusals of the input policy name the problem in the form's message, not only at the field.
const POLICY_MESSAGES = new Set([FORBIDDEN_CHARACTER_MESSAGE, INVALID_DATE_MESSAGE, RICH_TEXT_TOO_DEEP_MESSAGE]);

function cleanField(field: KontenField, value: unknown): unknown {
  switch (field.kind) {
    case 'richText':
      return sanitizeIfShallow(value);
    case 'richTextList':
      return Array.isArray(value) ? value.map(sanitizeIfShallow) : value;
    case 'points':
      return Array.isArray(value) ? value.filter((v) => typeof v !== 'string' || v.trim() !== '') : value;
    default:
      return value;
  }
}

function errorsOf(issues: z.core.$ZodIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'konten');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const EMPTY = 'Bagian ini belum diisi.';

/** Text fields the schema accepts empty but a submitted naskah must fill. */
function emptyFields(fields: readonly KontenField[], konten: Record<string, unknown>): Record<string, string[]> {
  const blank = (v: unknown) => typeof v !== 'string' || richTextToParagraphs(v).length === 0;
  const out: Record<string, string[]> = {};
  for (const f of fields) {
    const v = konten[f.name];
    const isEmpty = f.kind === 'richText' || f.kind === 'line' ? blank(v) : f.kind === 'richTextList' ? !Array.isArray(v) || v.length === 0 || v.some(blank) : false;
    if (isEmpty) out[f.name] = [EMPTY];
  }
  return out;
}

export function prepareKonten(jenis: JenisNaskahDidukung, raw: unknown): PreparedKonten {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'Isi naskah tidak dikenali.', fieldErrors: {} };
  }
  if (jsonDepth(raw, KONTEN_MAX_JSON_DEPTH) > KONTEN_MAX_JSON_DEPTH) return { ok: false, message: 'Isi naskah tidak dikenali (bertingkat terlalu dalam).', fieldErrors: {} };
  if (JSON.stringify(raw).length > KONTEN_REQUEST_MAX) return { ok: false, message: KONTEN_TOO_LARGE_MESSAGE, fieldErrors: {} };
  const source = raw as Record<string, unknown>;
  const konten = Object.fromEntries(KONTEN_FIELDS[jenis].filter((f) => f.name in source).map((f) => [f.name, cleanField(f, source[f.name])]));

  const parsed = KONTEN_SCHEMA[jenis].safeParse(konten);
  if (parsed.success) {
    const missing = emptyFields(KONTEN_FIELDS[jenis], parsed.data as Record<string, unknown>);
    return { ok: true, konten: parsed.data as Record<string, unknown>, complete: Object.keys(missing).length === 0, missing };
  }

  const blocking = parsed.error.issues.filter((i) => !TOLERATED_WHILE_DRAFTING.has(i.code));
  if (blocking.length > 0) {
    const policy = blocking.find((i) => POLICY_MESSAGES.has(i.message) || (i.code === 'custom' && i.params?.kebijakan));
    const tooBig = blocking.some((i) => i.code === 'too_big' && typeof (i as { maximum?: unknown }).maximum === 'number' && (i as { maximum: number }).maximum === RICH_TEXT_MAX);
    return {
      ok: false,
      message: tooBig
        ? `Isi naskah terlalu panjang (paling banyak ${RICH_TEXT_MAX.toLocaleString('id-ID')} karakter per bagian setelah dibersihkan).`
        : policy
          ? policy.message
          : 'Periksa kembali isian naskah yang ditandai.',
      fieldErrors: errorsOf(blocking),
    };
  }
  return { ok: true, konten, complete: false, missing: { ...emptyFields(KONTEN_FIELDS[jenis], konten), ...errorsOf(parsed.error.issues) } };
}
