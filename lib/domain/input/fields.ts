// The one input policy every zod schema builds its text and date fields from, so a NUL byte, a
// control character or an impossible date is refused the same way in every form, filter and route,
// with an Indonesian message, before anything reaches PostgreSQL (which rejects NUL in text and
// \u0000 in jsonb with a server error).
import { z } from 'zod';
import { isCalendarDay } from '@/lib/domain/tanggal';

// The calendar's rule lives with the other date rules; the schemas here and their tests use it.
export { isCalendarDay };

export const FORBIDDEN_CHARACTER_MESSAGE = 'Teks memuat karakter yang tidak diizinkan.';
export const INVALID_DATE_MESSAGE = 'Tanggal tidak valid.';
export const NOT_TEXT_MESSAGE = 'Isian ini harus berupa teks.';
export const REQUIRED_MESSAGE = 'Isian ini wajib diisi.';

// A key that is missing altogether (a search route called without ?q=) is told so, not "not text".
const textOnly = z.string({ error: (issue) => (issue.input === undefined ? REQUIRED_MESSAGE : NOT_TEXT_MESSAGE) });

// C0 controls, DEL and C1 controls, plus the bidirectional embeddings, overrides and isolates that
// make text display in a different order than it is stored ("Trojan Source", CVE-2021-42574).
// A single line (a name, a subject, a nomor, a search term: what others read and tell apart) also
// refuses what shows as nothing: zero-width spaces and joiners, the bidi marks, invisible operators,
// fillers that render blank (a name of U+3164 alone looks empty), the soft hyphen, and the Unicode
// line and paragraph separators; "Budi\u200bSantoso" would otherwise pass for "BudiSantoso" and a
// required name could be left visibly blank (OWASP WSTG-BUSL, Unicode TR #36 and TR #39).
const FORBIDDEN_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\u2800\u3164\ufeff\uffa0]/;
// Multi-line text may hold line breaks (browsers send CR LF from a textarea) and tabs.
const FORBIDDEN_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function hasForbiddenCharacters(text: string, opts: { multiLine?: boolean } = {}): boolean {
  return (opts.multiLine ? FORBIDDEN_MULTI_LINE : FORBIDDEN_SINGLE_LINE).test(text);
}

const tooLong = (max: number) => `Paling panjang ${max.toLocaleString('id-ID')} karakter.`;

/** One line of text (a name, a subject, a search term), trimmed. */
export function singleLine(max: number, tooLongMessage = tooLong(max)) {
  return textOnly
    .trim()
    .max(max, tooLongMessage)
    .refine((v) => !hasForbiddenCharacters(v), FORBIDDEN_CHARACTER_MESSAGE);
}

/** Text that may span lines (a note, an instruction, rich-text HTML), trimmed. */
export function multiLine(max: number, tooLongMessage = tooLong(max)) {
  return textOnly
    .trim()
    .max(max, tooLongMessage)
    .refine((v) => !hasForbiddenCharacters(v, { multiLine: true }), FORBIDDEN_CHARACTER_MESSAGE);
}

/** Optional single-line text: empty or absent becomes null. */
export function optionalLine(max: number, tooLongMessage = tooLong(max)) {
  return singleLine(max, tooLongMessage)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
}

/**
 * A filter a GET form sends empty when nothing is chosen ("Seluruh OPD", an emptied date field):
 * absent, not refused. Otherwise `schema` decides, with its own message.
 */
export function kosongTakDisaring<T extends z.ZodType>(schema: T) {
  return z
    .literal('')
    .transform(() => undefined)
    .or(schema)
    .optional();
}

const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as an <input type="date"> sends it. Not a yyyy-mm-dd at all ("not filled in
 * yet" to a draft) can have its own message; a well-formed impossible day gets `message`. */
export function calendarDay(message = INVALID_DATE_MESSAGE, formatMessage = message) {
  return z
    .string(formatMessage)
    .regex(DAY_FORMAT, formatMessage)
    .refine((v) => !DAY_FORMAT.test(v) || isCalendarDay(v), message);
}

/** An optional calendar day: empty or absent becomes null. */
export function optionalCalendarDay(message = INVALID_DATE_MESSAGE) {
  return z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isCalendarDay(v), message);
}

/** How deep a JSON value nests (a scalar is 0), counted without recursion so hostile input cannot
 * overflow the stack; stops counting once past `limit`. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, inner]);
  }
  return deepest;
}
