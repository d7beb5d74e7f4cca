// The signature block as the editor previews it, from the same rule the PDF prints with
// (barisJabatanPenandatangan, then the name, pangkat and NIP: lib/pdf/naskah/tanda-tangan-blok.ts).
import { barisJabatanPenandatangan, type JabatanPenandatangan } from './tanda-tangan';

export interface BlokTandaTanganPratinjau {
  /** Signing in one's own name, as the post is held today (Plt./Plh. for an acting holder). */
  langsung: JabatanPenandatangan;
  /** a.n./u.b. the pimpinan, when the post is below them. */
  atasNama?: JabatanPenandatangan | null;
  /** Today's holder with gelar; null while the post is empty. */
  nama: string | null;
  pangkat: string | null;
  nip: string | null;
}

export const PEMEGANG_BELUM_ADA = '(jabatan kosong)';

/** The block's lines top to bottom: jabatan lines, then (after the signature's space) name, pangkat, NIP. */
export function barisBlokTandaTangan(blok: BlokTandaTanganPratinjau, atasNamaPimpinan: boolean): { jabatan: string[]; nama: string; bawah: string[] } {
  const cara = atasNamaPimpinan && blok.atasNama ? blok.atasNama : blok.langsung;
  return {
    jabatan: barisJabatanPenandatangan(cara),
    nama: blok.nama ?? PEMEGANG_BELUM_ADA,
    bawah: [...(blok.pangkat ? [blok.pangkat] : []), ...(blok.nip ? [`NIP ${blok.nip}`] : [])],
  };
}
