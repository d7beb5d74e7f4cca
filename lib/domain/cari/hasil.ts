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
