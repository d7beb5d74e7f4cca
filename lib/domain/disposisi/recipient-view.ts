/** A post the disposisi form offers: the post, its short name for the quick buttons, today's holder. */
export interface RecipientOption {
  jabatanId: string;
  nama: string;
  namaSingkat: string;
  pemegang: string | null;
  /** The short name of the post above, when that is not the giver's own (Kasi E-Gov). */
  induk: string | null;
}

/**
 * A post the form offers, as the letter page sends it: a tuple, with '' for a short name that is the
 * name and for no post above. The Kepala of a Dinas may dispose to every post below (134 with its
 * staff), and the flight data carries the list twice (the RSC answer and again inlined in the HTML):
 * as objects, each post named every field, plus a level the form never reads (168 bytes a post).
 */
export type RecipientView = [jabatanId: string, nama: string, namaSingkat: string, pemegang: string | null, induk: string];

export function recipientView(r: RecipientOption): RecipientView {
  return [r.jabatanId, r.nama, r.namaSingkat === r.nama ? '' : r.namaSingkat, r.pemegang, r.induk ?? ''];
}

export function recipientOption([jabatanId, nama, namaSingkat, pemegang, induk]: RecipientView): RecipientOption {
  return { jabatanId, nama, namaSingkat: namaSingkat || nama, pemegang, induk: induk || null };
}
