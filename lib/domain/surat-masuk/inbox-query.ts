// The Surat Masuk list's filters and its keyset cursor. Order: unread first, then most urgent,
// then newest (id breaks ties), so a cursor is (group, urgency, deliveredAt, id).
import { decodeKursor, encodeKursor } from '@/lib/domain/input/cursor';
import { z } from 'zod';
import { calendarDay, singleLine } from '@/lib/domain/input/fields';

export const DERAJAT_URUT = ['BIASA', 'SEGERA', 'SANGAT_SEGERA'] as const;
export type Derajat = (typeof DERAJAT_URUT)[number];
const KEAMANAN = ['BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA'] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values).optional());
const optionalDay = z.preprocess((v) => (v === '' ? undefined : v), calendarDay().optional());

/**
 * Filters from the page's query string. A stale choice is dropped silently; a typed date or
 * sender the input policy refuses fails here, and parseQuery drops it with a notice.
 */
export const inboxFilterSchema = z.object({
  belumDibaca: z.preprocess((v) => v === '1' || v === 'on' || v === true, z.boolean()).catch(false),
  kecepatan: optionalEnum(DERAJAT_URUT).catch(undefined),
  keamanan: optionalEnum(KEAMANAN).catch(undefined),
  dari: optionalDay,
  sampai: optionalDay,
  pengirim: z.preprocess((v) => (typeof v === 'string' ? v.slice(0, 100) : undefined), singleLine(100).optional()).transform((v) => v || undefined),
});
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export interface InboxCursor {
  /** u = still in the unread group, r = in the read group. */
  g: 'u' | 'r';
  k: Derajat;
  d: string;
  id: string;
}

const cursorSchema = z.object({ g: z.enum(['u', 'r']), k: z.enum(DERAJAT_URUT), d: z.iso.datetime(), id: z.uuid() });

export function encodeCursor(cursor: InboxCursor): string {
  return encodeKursor(cursor);
}

/** A cursor from the URL, or null when absent or tampered with (the list starts over). */
export function decodeCursor(value: string | undefined | null): InboxCursor | null {
  return decodeKursor(value, cursorSchema);
}

/** A WIB calendar day's bounds, for the date-range filter. */
export function dayStartWib(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}
export function dayEndWib(day: string): Date {
  return new Date(`${day}T23:59:59.999+07:00`);
}
