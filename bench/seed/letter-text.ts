// Where the volume seed produces a letter's words (hal, nomor) as SQL expressions over the letter's
// number `k`. Kept apart so realistic Indonesian text generators (bench/seed/indonesian-text.ts)
// can replace these few functions without touching the seed's structure.

/** The letter's subject (perihal) for letter `k`. */
export function perihalSql(k: string): string {
  return `'Surat uji volume nomor ' || ${k}`;
}

/** The number printed on the incoming letter for letter `k`. */
export function nomorSql(k: string): string {
  return `${k} || '/BENCH/' || (${k} % 97)`;
}
