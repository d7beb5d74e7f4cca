// Pangkat and golongan/ruang of PNS (PP 99/2000), I/a to IV/e.
export const GOLONGAN = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const;

export type Golongan = (typeof GOLONGAN)[number][0];
export const GOLONGAN_CODES = GOLONGAN.map(([g]) => g) as unknown as readonly [Golongan, ...Golongan[]];

const PANGKAT = new Map<string, string>(GOLONGAN);

/** "IV/a" -> "Pembina (IV/a)", as printed under the name in a signature block. */
export function pangkatLabel(golongan: string | null | undefined): string | null {
  if (!golongan) return null;
  const pangkat = PANGKAT.get(golongan);
  return pangkat ? `${pangkat} (${golongan})` : null;
}

/** "Dr." + "Budi Santoso" + "S.Kom., M.T." -> "Dr. Budi Santoso, S.Kom., M.T." */
export function namaLengkap(p: { nama: string; gelarDepan?: string | null; gelarBelakang?: string | null }): string {
  const depan = p.gelarDepan ? `${p.gelarDepan} ` : '';
  const belakang = p.gelarBelakang ? `, ${p.gelarBelakang}` : '';
  return `${depan}${p.nama}${belakang}`;
}
