// The keyset cursor of the naskah worklists. Each list has one order: "urgent first" lists sort by
// (derajatKecepatan, updatedAt, id), the others by one date and id, all descending, so a page is one
// index range and the next page starts strictly after the last row shown.
import { z } from 'zod';
import { DERAJAT_URUT, type Derajat } from '@/lib/domain/surat-masuk/inbox-query';

export interface WorklistCursor {
  /** Urgency of the last row, for the urgent-first lists only. */
  k?: Derajat;
  d: string;
  id: string;
}

const cursorSchema = z.object({ k: z.enum(DERAJAT_URUT).optional(), d: z.iso.datetime(), id: z.uuid() });

export function encodeWorklistCursor(cursor: WorklistCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** A cursor from the URL, or null when absent or tampered with (the list starts over). */
export function decodeWorklistCursor(value: string | undefined | null): WorklistCursor | null {
  if (!value) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
