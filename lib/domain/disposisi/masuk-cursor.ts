// The Disposisi list's keyset cursor. Order: open ones first (the status enum's order), newest first
// within a status, id breaking ties; so a cursor is (status, createdAt, id) of the page's last row.
import { z } from 'zod';
import { decodeKursor, encodeKursor } from '@/lib/domain/input/cursor';


const STATUS_TAMPIL = ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI', 'SELESAI'] as const;
const kursorSchema = z.object({ s: z.enum(STATUS_TAMPIL), c: z.iso.datetime(), id: z.uuid() });
export type DisposisiMasukKursor = z.infer<typeof kursorSchema>;

export function encodeDisposisiMasukKursor(kursor: DisposisiMasukKursor): string {
  return encodeKursor(kursor);
}

/** A cursor from the URL, or null when absent or tampered with (the list starts over). */
export function decodeDisposisiMasukKursor(value: string | undefined | null): DisposisiMasukKursor | null {
  return decodeKursor(value, kursorSchema);
}
