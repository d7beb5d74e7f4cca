// Where a search result opens: the page that belongs to the actor's part in the letter.
export type PeranCari = 'pembuat' | 'penandatangan' | 'verifikator' | 'pembaca';

const HALAMAN: Record<PeranCari, string> = {
  pembuat: '/konsep',
  penandatangan: '/tanda-tangan',
  verifikator: '/perlu-verifikasi',
  pembaca: '/surat-masuk',
};

export function tautanHasil(peran: PeranCari, naskahId: string): string {
  return `${HALAMAN[peran]}/${naskahId}`;
}

/** Where a letter found through the actor's disposisi catatan or tindak lanjut matched. */
export type SumberCatatan = 'DISPOSISI' | 'LAPORAN';

export const SUMBER_CATATAN_LABEL: Record<SumberCatatan, string> = { DISPOSISI: 'Catatan disposisi', LAPORAN: 'Laporan tindak lanjut' };
