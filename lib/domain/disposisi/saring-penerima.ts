import { kataDari } from '@/lib/domain/cari/query';

/**
 * From this many posts the disposisi form's full list ("Semua jabatan di bawah Anda") has a filter
 * field: a Kepala Dinas may dispose to every post below, staff included (a provincial Dinas holds 100
 * to 200), and a list that long scrolls past a phone's screen many times over.
 */
export const SARING_PENERIMA_MULAI = 10;

/**
 * Whether a post is what was typed in the filter: every typed word starts a word of the post's name,
 * short name, holder or the post above (so "egov" keeps the Seksi E-Gov's staff), case and accents
 * ignored (as the search matches words). Nothing typed keeps every post.
 */
export function cocokPenerima(post: { nama: string; namaSingkat: string; pemegang: string | null; induk?: string | null }, ketikan: string): boolean {
  const dicari = kataDari(ketikan);
  if (dicari.length === 0) return true;
  const teks = `${post.nama} ${post.namaSingkat} ${post.pemegang ?? ''} ${post.induk ?? ''}`;
  // "E-Gov" is typed "egov" as often as "e-gov".
  const kata = kataDari(`${teks} ${teks.replace(/-/g, '')}`);
  return dicari.every((d) => kata.some((k) => k.startsWith(d)));
}
