// What a person typed into the search box, turned into the pieces the search query needs. Pure: the
// tsquery text is built from letters and digits only, so no input can reach tsquery's own syntax.

export const CARI_MAX_PANJANG = 200;
/** Words beyond this are ignored: a pasted paragraph is not a search. */
export const CARI_MAX_KATA = 12;
export const CARI_PER_HALAMAN = 20;
/** Offset paging stops here; past it, narrow the search with filters. */
export const CARI_MAX_HALAMAN = 20;
/**
 * A search ranks at most this many matches: the newest ones, which are every page it can show. A
 * common word matches tens of thousands of letters, and ranking them all would read every one (the
 * cost grows with this cap: at 1,000 a common word read ~12,000 rows along the date index, at 400
 * about 5,000); past it, narrow the search with a filter (a date range reaches older letters).
 */
export const CARI_MAX_KANDIDAT = CARI_MAX_HALAMAN * CARI_PER_HALAMAN;

/**
 * A word in at least this share of all letters is common: a reader who sees few letters finds its
 * newest matches by walking their own letters (one in ten or more matches, so a few thousand at
 * most for CARI_MAX_KANDIDAT), not through the word's index.
 */
export const CARI_KATA_UMUM = 0.1;

/** Share of letters holding a word typed as a prefix: the shares of the lexemes it starts (at most 1). */
export function frekuensiKata(kata: string, frekuensi: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const [lexeme, f] of frekuensi) if (lexeme.startsWith(kata)) total += f;
  return Math.min(1, total);
}

/**
 * Every word is common: each is the start of lexemes that together appear in at least CARI_KATA_UMUM
 * of the letters (`frekuensi`: lexeme -> share of letters, PostgreSQL's most common elements). A word
 * missing from them is rarer than all of them. Summing a prefix's lexemes overcounts letters holding
 * several, which only errs towards the walk, still correct and bounded for a common stem.
 */
export function kataUmum(kata: readonly string[], frekuensi: ReadonlyMap<string, number>): boolean {
  if (kata.length === 0) return false;
  return kata.every((k) => frekuensiKata(k, frekuensi) >= CARI_KATA_UMUM);
}

/**
 * A pencatat walks their OPD's register first, and their post's letters only as far back as the
 * register's oldest match (cariSuratSql), so the walk reads about CARI_MAX_KANDIDAT / f letters. Through
 * the indexes PostgreSQL ANDs the words' GIN entries with all of the OPD's letters instead. Measured at
 * 1M letters (a register of 212,000): a word in 2.5% of letters 54 ms walked against 119 through the
 * indexes, 5% 29 against 81, 8.6% 22 against 46. PostgreSQL's statistics list no word rarer than about
 * 2%, and for those the indexes win (a desa name: 3.5 ms against 128 walked).
 */
export const CARI_KATA_REGISTER = 0.02;

/** Whether a pencatat walks the register (see CARI_KATA_REGISTER): f, the words' combined share, is at least that. */
export function jalanRegisterLebihMurah(kata: readonly string[], frekuensi: ReadonlyMap<string, number>): boolean {
  if (kataUmum(kata, frekuensi)) return true;
  if (kata.length === 0) return false;
  return kata.reduce((share, k) => share * frekuensiKata(k, frekuensi), 1) >= CARI_KATA_REGISTER;
}

/**
 * Whether a reader walks their own letters newest first (NaskahPembaca) rather than take the words'
 * index: for common words (kataUmum), and also when the walk is expected to read fewer of the
 * reader's letters (CARI_MAX_KANDIDAT / f, f the share of letters holding all the words, taken as
 * independent) than the index would hand over matches the reader may open (f x `bacaan`, the letters
 * the reader's post reads). So a word in 5% of the letters is walked by a Kepala Dinas who reads
 * 210,000 letters (8,000 rows read against 10,500 matches; at 1M letters 33 ms against 60) and not by
 * a Kepala Bidang who reads 66,000 (3,300 matches on the index: 21 ms against 32 walked).
 */
export function jalanLebihMurah(kata: readonly string[], frekuensi: ReadonlyMap<string, number>, bacaan: number): boolean {
  if (kataUmum(kata, frekuensi)) return true;
  if (kata.length === 0) return false;
  const f = kata.reduce((share, k) => share * frekuensiKata(k, frekuensi), 1);
  return f > 0 && CARI_MAX_KANDIDAT / f <= f * bacaan;
}

/**
 * A row walked along a post's index (with its table row read) costs about what this many entries of
 * a GIN index's bitmap cost: at 1M letters 5.7 µs a walked recipient row, 0.25-0.34 µs an entry of
 * the 581,677 reports holding "arahan".
 */
export const ENTRI_GIN_PER_BARIS = 20;

/**
 * At most this many rows of a table holding a searched part: each is checked against the post and
 * the other parts by visiting it (a few ms in all), rather than intersecting the words' index with
 * the post's, whose rows a Kepala Dinas has 200,000 of (17-47 ms to gather at 1M letters for 150
 * matches), or asking the index for a common prefix (65-73 ms for "peninjauan:*", in 10% of 2.8M
 * reports, beside a desa name: the index gathers all of a prefix's rows).
 */
export const CATATAN_LANGKA_COCOK = 10_000;

/**
 * How one post's disposisi catatan or reports are read (cariLainSql). `jalan`: walked newest first
 * along the post's index, when the rows the walk expects to read before CARI_MAX_KANDIDAT matches
 * (CARI_MAX_KANDIDAT / f, f the share of `baris` rows holding all the words, taken as independent)
 * cost less than the words' index entries (f x `baris`, at ENTRI_GIN_PER_BARIS a row). Otherwise from
 * the words' GIN index: `langka` when some parts each hold at most CATATAN_LANGKA_COCOK rows (those
 * parts are `bagian`, the tsquery asked of the index), the rows then checked against the post and the
 * other parts; `indeks` (all parts, ANDed with the post's index) when every part holds more. Shares come from the table's own
 * statistics (`frekuensi`); a word missing from them is rarer than all of them. A table of more than
 * CATATAN_LANGKA_COCOK rows with no statistics at all (never analyzed) is read `indeks`. At 1M letters:
 * "arahan" (30% of 2.8M reports) is walked, a word in 3% of them is `indeks`, a desa `langka`.
 */
export function caraBacaCatatan(bagian: RencanaCari['bagian'], frekuensi: ReadonlyMap<string, number>, baris: number): CaraBacaCatatan {
  // No word statistics on a table that has rows: not analyzed yet (just after the migration that
  // filled it). Every word would count as rare, and `langka` for a common one gathers all its rows
  // (20 s at 1M); ANDed with the post's index the cost is bounded by the smaller of the two.
  if (frekuensi.size === 0 && baris > CATATAN_LANGKA_COCOK) return { cara: 'indeks' };
  const share = (kata: readonly string[]) => kata.reduce((s, k) => s * frekuensiKata(k, frekuensi), 1);
  const f = bagian.length === 0 ? 0 : share(bagian.flatMap((b) => b.kata));
  if (f > 0 && CARI_MAX_KANDIDAT / f <= (f * baris) / ENTRI_GIN_PER_BARIS) return { cara: 'jalan' };
  if (bagian.length === 0) return { cara: 'langka', bagian: null };
  // Every rare part is asked of the index together (their rows intersected there): "tanah kementerian",
  // two prefixes the statistics do not list, gathered the 6,000 rows of "tanah:*" alone (21 ms at 1M)
  // where both hold 30 (4 ms). A common part is left out: the index would gather all its rows.
  const langka = bagian.filter((b) => share(b.kata) * baris <= CATATAN_LANGKA_COCOK);
  return langka.length === 0 ? { cara: 'indeks' } : { cara: 'langka', bagian: langka.map((b) => b.tsquery).join(' & ') };
}

export type CaraBacaCatatan = { cara: 'jalan' | 'indeks' } | { cara: 'langka'; bagian: string | null };

/** Lower case without diacritics, as PostgreSQL's unaccent + simple configuration stores words. */
export function normalisasi(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words of a text as the search document splits them (letters and digits). */
export function kataDari(text: string): string[] {
  return normalisasi(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface RencanaCari {
  /** to_tsquery('simple', ...) text: quoted phrases as <->, other words as prefixes, all required. The
   * agenda number is a word of the search document, so a typed agenda number matches here. */
  tsquery: string | null;
  /** A number fragment (has a digit or a slash), matched as a substring of nomor via pg_trgm. */
  nomorFragmen: string | null;
  /** Words to highlight in the results. */
  kata: string[];
  /** The parts the tsquery ANDs (a word as a prefix, or a phrase) with their words. */
  bagian: { tsquery: string; kata: string[] }[];
}

/** Splits the input into quoted phrases and loose words, and decides which matchers apply. */
export function rencanaCari(input: string): RencanaCari {
  const text = input.slice(0, CARI_MAX_PANJANG).trim();
  const bagian: RencanaCari['bagian'] = [];
  const kata: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const words = kataDari(m[1] ?? m[2] ?? '');
    if (words.length === 0) continue;
    if (kata.length + words.length > CARI_MAX_KATA) break;
    kata.push(...words);
    // A quoted phrase, or a token that splits into several words (0157/DISKOMINFO/2026), is a phrase.
    bagian.push({ tsquery: words.length > 1 ? `(${words.join(' <-> ')})` : `${words[0]}:*`, kata: words });
  }
  const nomorLike = /\d|\//.test(text) && !/\s/.test(text) && text.length >= 3;
  return {
    tsquery: bagian.length > 0 ? bagian.map((b) => b.tsquery).join(' & ') : null,
    nomorFragmen: nomorLike ? text : null,
    kata,
    bagian,
  };
}

const literal = (fragment: string) => fragment.replace(/[\\%_]/g, (c) => `\\${c}`);

/** ILIKE pattern for a substring: %, _ and \ are taken literally. */
export function polaMengandung(fragment: string): string {
  return `%${literal(fragment)}%`;
}

/** LIKE pattern for a start: %, _ and \ are taken literally. */
export function polaAwalan(fragment: string): string {
  return `${literal(fragment)}%`;
}
