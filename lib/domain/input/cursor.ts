// A list's keyset cursor in the URL (`?setelah=`): its last row's sort key as base64url JSON. The URL
// is the user's to edit, so a cursor is read back through its schema; anything else starts the list over.
import type { z } from 'zod';

export function encodeKursor(kursor: object): string {
  return Buffer.from(JSON.stringify(kursor)).toString('base64url');
}

/** The cursor, or null when absent, malformed or tampered with. */
export function decodeKursor<T extends z.ZodType>(value: string | undefined | null, schema: T): z.infer<T> | null {
  if (!value || value.length > 1000) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
