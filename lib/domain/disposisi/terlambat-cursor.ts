// The giver's overdue list's keyset cursor. Order: oldest deadline first, id breaking ties; so a
// cursor is (batasWaktu, id) of the page's last row.
import { z } from 'zod';
import { decodeKursor, encodeKursor } from '@/lib/domain/input/cursor';

const kursorSchema = z.object({ b: z.iso.datetime(), id: z.uuid() });
export type DisposisiTerlambatKursor = z.infer<typeof kursorSchema>;

export function encodeDisposisiTerlambatKursor(kursor: DisposisiTerlambatKursor): string {
  return encodeKursor(kursor);
}

/** A cursor from the URL, or null when absent or tampered with (the list starts over). */
export function decodeDisposisiTerlambatKursor(value: string | undefined | null): DisposisiTerlambatKursor | null {
  return decodeKursor(value, kursorSchema);
}
