// Column widths of a printed table. Number columns keep what their widest figure and header word
// need; text columns share the rest, the narrow ones keeping their natural width and the wide
// ones splitting what is left evenly (max-min fair), so a NIP stays whole while a name, a jabatan
// and an OPD share the line instead of the first column taking it all. Pure.

export interface KolomAlami {
  /** Width of the column's longest content on one line, padding included. */
  alami: number;
  /** The narrowest the column may be: its widest single word (header included), padding included. */
  minimum: number;
  /** A column of figures: never narrowed below its natural width. */
  angka: boolean;
}

export function lebarKolom(kolom: readonly KolomAlami[], tersedia: number): number[] {
  const lebar = kolom.map((k) => (k.angka ? k.alami : 0));
  const teks = kolom.map((k, i) => i).filter((i) => !kolom[i]!.angka);
  const sisa = tersedia - lebar.reduce((a, b) => a + b, 0);
  const butuh = teks.reduce((a, i) => a + kolom[i]!.alami, 0);
  if (sisa <= 0 || teks.length === 0) {
    // Figures alone overflow (or there is no text): everything shrinks in proportion.
    const total = kolom.reduce((a, k) => a + k.alami, 0) || 1;
    return kolom.map((k) => (k.alami * tersedia) / total);
  }
  if (butuh <= sisa) {
    // Room for every text on one line: the spare width goes to the text columns in proportion.
    for (const i of teks) lebar[i] = kolom[i]!.alami + ((sisa - butuh) * kolom[i]!.alami) / (butuh || 1);
    return lebar;
  }
  // Water-filling: columns narrower than an even share keep their width; the rest share evenly.
  let terbuka = [...teks];
  let ruang = sisa;
  for (;;) {
    const bagian = ruang / terbuka.length;
    const cukup = terbuka.filter((i) => kolom[i]!.alami <= bagian);
    if (cukup.length === 0) {
      for (const i of terbuka) lebar[i] = bagian;
      break;
    }
    for (const i of cukup) {
      lebar[i] = kolom[i]!.alami;
      ruang -= kolom[i]!.alami;
    }
    terbuka = terbuka.filter((i) => !cukup.includes(i));
    if (terbuka.length === 0) break;
  }
  // A share narrower than a column's longest word is raised to it, taken from the widest columns.
  for (const i of teks) {
    const kurang = kolom[i]!.minimum - lebar[i]!;
    if (kurang <= 0) continue;
    const donor = teks.filter((j) => j !== i).sort((a, b) => lebar[b]! - lebar[a]!)[0];
    if (donor === undefined || lebar[donor]! - kurang < kolom[donor]!.minimum) continue;
    lebar[donor] = lebar[donor]! - kurang;
    lebar[i] = kolom[i]!.minimum;
  }
  return lebar;
}
