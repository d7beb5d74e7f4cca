import { NAV_ITEM_BY_KEY, type NavKey } from '@/lib/menu-items';

/** The actor's part in an incoming letter, as far as it decides where the letter is listed. */
export interface PeranSurat {
  /** Delivered to the actor's post (tujuan, tembusan, or the pimpinan the sekretaris stands in for). */
  diterima: boolean;
  /** An open disposisi to the actor's post. */
  didisposisikan: boolean;
  /** Registered in an OPD where the actor is pencatat. */
  dicatat: boolean;
}

/**
 * The list this letter is on for this actor, for the detail page's back link: a TU clerk who
 * registered it came from Pencatatan Surat, not from an inbox that never held it.
 * Surat Masuk stays the fallback for anyone else who may open it (search, a notification).
 */
export function daftarAsalSurat(peran: PeranSurat): { href: string; label: string } {
  const key: NavKey = peran.diterima ? 'suratMasuk' : peran.didisposisikan ? 'disposisi' : peran.dicatat ? 'pencatatan' : 'suratMasuk';
  const { href, label } = NAV_ITEM_BY_KEY[key];
  return { href, label };
}
