// How the signer signs: directly, a.n. the pimpinan OPD (one level below), u.b. (further down),
// or as Plt./Plh. of the post. Derived from the tree and from who holds the signer's post today,
// never typed by the drafter. CaraTandaTangan holds one value, so a.n./u.b. takes precedence over
// Plt./Plh.; the acting prefix of an a.n. block is read from the holder's assignment at signing.
import { type Penugasan, effectiveHoldersOf } from '@/lib/domain/jabatan/acting';
import { ancestorsOf, type PostIndex } from './review-chain';

export type CaraTandaTangan = 'LANGSUNG' | 'AN' | 'UB' | 'PLT' | 'PLH';

export type CaraDerivation =
  | { ok: true; cara: CaraTandaTangan; atasNamaJabatanId: string | null }
  | { ok: false; message: string };

export function deriveCaraTandaTangan(input: {
  index: PostIndex;
  signerId: string;
  /** The drafter asked for "atas nama" the pimpinan OPD. */
  atasNamaPimpinan: boolean;
  /** Assignments of the signer's post (any dates); filtered to `day`. */
  penugasan: readonly Penugasan[];
  day: string;
}): CaraDerivation {
  const holders = effectiveHoldersOf(input.penugasan, input.signerId, input.day);
  if (holders.length === 0) {
    return { ok: false, message: 'Jabatan penandatangan sedang kosong (tidak ada pejabat definitif, Plt., atau Plh.).' };
  }
  const superiors = ancestorsOf(input.index, input.signerId);
  if (input.atasNamaPimpinan && superiors.length > 0) {
    const pimpinan = superiors[superiors.length - 1]!;
    return { ok: true, cara: superiors.length === 1 ? 'AN' : 'UB', atasNamaJabatanId: pimpinan.id };
  }
  // A Plh. stands in while the definitif holder is away, so the Plh. signs.
  if (holders.some((h) => h.jenis === 'PLH')) return { ok: true, cara: 'PLH', atasNamaJabatanId: null };
  if (holders.some((h) => h.jenis === 'DEFINITIF')) return { ok: true, cara: 'LANGSUNG', atasNamaJabatanId: null };
  return { ok: true, cara: 'PLT', atasNamaJabatanId: null };
}

/** The prefix written before the jabatan in the signature block and in pickers. */
export const CARA_TANDA_TANGAN_LABEL: Record<CaraTandaTangan, string> = {
  LANGSUNG: 'Langsung',
  AN: 'a.n.',
  UB: 'u.b.',
  PLT: 'Plt.',
  PLH: 'Plh.',
};
