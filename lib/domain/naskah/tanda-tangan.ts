// The jabatan lines above a signature, by cara tanda tangan (Permendagri 1/2023):
//   LANGSUNG  KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,
//   AN        a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA / Sekretaris,
//   UB        a.n. KEPALA DINAS ... / Sekretaris, / u.b. / Kepala Subbagian Umum,
//   PLT/PLH   Plt. KEPALA DINAS ...,   Plh. KEPALA DINAS ...,
// The post on whose behalf one signs is written in capitals; the signer's own post under "a.n."
// keeps its title case, as the regulation's examples do.

export const CARA_TANDA_TANGAN = ['LANGSUNG', 'AN', 'UB', 'PLT', 'PLH'] as const;
export type CaraTandaTanganKode = (typeof CARA_TANDA_TANGAN)[number];

export interface JabatanPenandatangan {
  cara: CaraTandaTanganKode;
  /** The signer's post; for PLT/PLH the post being acted in. "Sekretaris", "Kepala Dinas ...". */
  jabatan: string;
  /** AN and UB: the post on whose behalf the signer signs (usually the pimpinan OPD). */
  atasNama?: string | null;
  /** UB only: the post that holds the a.n. delegation, between the pimpinan and the signer. */
  perantara?: string | null;
}

export class TandaTanganError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TandaTanganError';
  }
}

const upper = (s: string) => s.trim().toLocaleUpperCase('id-ID');
const withComma = (s: string) => `${s.trim().replace(/,+$/, '')},`;

/** The jabatan lines of the signature block, top to bottom, each already punctuated. */
export function barisJabatanPenandatangan(p: JabatanPenandatangan): string[] {
  const jabatan = p.jabatan.trim();
  if (!jabatan) throw new TandaTanganError('Jabatan penandatangan belum diisi.');
  switch (p.cara) {
    case 'LANGSUNG':
      return [withComma(upper(jabatan))];
    case 'PLT':
      return [withComma(`Plt. ${upper(jabatan)}`)];
    case 'PLH':
      return [withComma(`Plh. ${upper(jabatan)}`)];
    case 'AN': {
      if (!p.atasNama?.trim()) throw new TandaTanganError('Tanda tangan a.n. memerlukan jabatan yang diwakili.');
      return [`a.n. ${upper(p.atasNama)}`, withComma(jabatan)];
    }
    case 'UB': {
      if (!p.atasNama?.trim()) throw new TandaTanganError('Tanda tangan u.b. memerlukan jabatan yang diwakili.');
      const perantara = p.perantara?.trim() ? [withComma(p.perantara)] : [];
      return [`a.n. ${upper(p.atasNama)}`, ...perantara, 'u.b.', withComma(jabatan)];
    }
  }
}

/**
 * The official who issues the naskah (the "KEPUTUSAN <...>" title, the subject line before
 * Menimbang): the represented post for a.n./u.b., otherwise the signer's (or acted) post.
 */
export function jabatanPenetap(p: JabatanPenandatangan): string {
  return (p.cara === 'AN' || p.cara === 'UB') && p.atasNama?.trim() ? p.atasNama.trim() : p.jabatan.trim();
}

/** "Kepala Dinas Kominfo" + "Provinsi Nusa Indah" -> "... Provinsi Nusa Indah", unless already there. */
export function denganWilayah(jabatan: string, wilayah: string | null | undefined): string {
  const w = wilayah?.trim();
  if (!w || jabatan.toLocaleLowerCase('id-ID').includes(w.toLocaleLowerCase('id-ID'))) return jabatan.trim();
  return `${jabatan.trim()} ${w}`;
}

/** "Pemerintah Provinsi Nusa Indah" -> "Provinsi Nusa Indah" (the region named after a pimpinan's post). */
export function wilayahInstansi(namaInstansi: string): string {
  return namaInstansi.trim().replace(/^pemerintah\s+/i, '');
}
