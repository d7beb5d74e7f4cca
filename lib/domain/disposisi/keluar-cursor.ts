// The list of disposisi a post gave: newest first, id breaking ties; a cursor is (createdAt, id) of
// the page's last row.
import { z } from 'zod';
import { decodeKursor, encodeKursor } from '@/lib/domain/input/cursor';

const kursorSchema = z.object({ c: z.iso.datetime(), id: z.uuid() });
export type DisposisiKeluarKursor = z.infer<typeof kursorSchema>;

export function encodeDisposisiKeluarKursor(kursor: DisposisiKeluarKursor): string {
  return encodeKursor(kursor);
}

/** A cursor from the URL, or null when absent or tampered with (the list starts over). */
export function decodeDisposisiKeluarKursor(value: string | undefined | null): DisposisiKeluarKursor | null {
  return decodeKursor(value, kursorSchema);
}
