// What a person typed into the search box, turned into the pieces the search query needs. Pure: the
// tsquery text is built from letters and digits only, so no input can reach tsquery's own syntax.
import { literalLike } from '@/lib/domain/input/like';

export const CARI_MAX_PANJANG = 200;
/** Words beyond this are ignored: a pasted paragraph is not a search. */
export const CARI_MAX_KATA = 12;
/**
 * Results a page: ten, as a web search shows. Each result is a snippet of about thirty words with
 * its matches marked, four to six lines on a phone; at twenty the results were most of the page's
 * HTML (44 KB, 33 at ten) and of its rendering (server CPU 10.9 -> 9.4 ms a search at 1M letters).
 */
export const CARI_PER_HALAMAN = 10;
/**
 * Offset paging stops here (the page then says so: batasHalamanCari); past it, narrow the search with
 * filters. Twenty pages of ten: the same 200 newest matches ranked as ten pages of twenty before
 * (halving them from 400 took a common word's search at 1M letters from 1,200 letters read to 600:
 * database time 3.5 -> 2.1 ms at one client, bench:load). Ranking 100 would halve the walk again
 * (the search statement 4.1-4.5 -> 3.1 ms, 50 people), but the walk-or-index rules below
 * (jalanPadaPangsa, CARI_KATA_WAKIL, caraBacaCatatan) were measured at 200 and would move with it.
 */
export const CARI_MAX_HALAMAN = 20;
/**
 * A search ranks at most this many matches: the newest ones, which are every page it can show. A
 * common word matches tens of thousands of letters, and ranking them all would read every one (the
 * cost grows with this cap: at 1,000 a common word read ~12,000 rows along the date index, at 400
 * about 5,000, at 200 about 2,500); past it, narrow the search with a filter (a date range reaches
 * older letters). The export of all results (cariSemuaId) holds as many.
 */
export const CARI_MAX_KANDIDAT = CARI_MAX_HALAMAN * CARI_PER_HALAMAN;

/**
 * The page a link asked for when the search cannot show it (past CARI_MAX_HALAMAN: a link edited by
 * hand, or one from when more pages were shown), or null. The schema answers page 1 instead;
 * the page says why (pesanHalamanDiluar).
 */
export function halamanDiluarBatas(diminta: string | undefined): number | null {
  const n = Number(diminta);
  return Number.isSafeInteger(n) && n > CARI_MAX_HALAMAN ? n : null;
}

export function pesanHalamanDiluar(halaman: number): string {
  return `Halaman ${halaman} tidak tersedia: pencarian menampilkan paling banyak ${CARI_MAX_HALAMAN} halaman (${CARI_MAX_KANDIDAT} surat terbaru yang cocok). Yang tampil halaman 1; persempit dengan kata lain atau saringan untuk surat yang lebih lama.`;
}

/**
 * Whether a page of results is the last the search shows while more may match: the last page, and
 * full. The page then tells how to reach older letters (a full last page may hold exactly the last
 * match; the advice is then merely unneeded).
 */
export function batasHalamanCari(halaman: number, hasilDiHalaman: number): boolean {
  return halaman >= CARI_MAX_HALAMAN && hasilDiHalaman >= CARI_PER_HALAMAN;
}

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
 * A pencatat walks their post's letters and their OPD's register, merged newest first, so the walk
 * reads about CARI_MAX_KANDIDAT / f letters. Through the indexes PostgreSQL ANDs the words' GIN entries
 * with all of the OPD's letters instead. Measured at 1M letters (a register of 212,000): a word in 2.5%
 * of letters 54 ms walked against 119 through the indexes, 5% 29 against 81, 8.6% 22 against 46; two
 * words together in 1.4-1.8% (sampled) 61-81 against 152-185, in 0.8% 103 against 151, in 0.6% 214
 * against 93. PostgreSQL's statistics list no word rarer than about 2%, and for those the indexes win
 * (a desa name: 3.5 ms against 128 walked).
 */
export const CARI_KATA_REGISTER = 0.01;

/**
 * A sekretaris walks their post's letters and the pimpinan's deliveries, merged. Measured at 1M letters
 * (two Sekretaris reading 53,000 and 61,000 letters through their post) when 400 matches were ranked: a
 * word in 6.8% of letters 33-39 ms walked against 69 through the indexes, "pengelolaan sampah" (5% of
 * letters) 42-46 against 78-80, a word in 5.1% even (41-47 against 47); below that the indexes won,
 * and a word in no letter the sekretaris reads would be walked through all of them (1.2-1.3 s). Ranking
 * 200 halves the walk (its rows go as CARI_MAX_KANDIDAT / f, the index's as f), so the line moves by
 * 1/sqrt(2): "vaksinasi" (5%) as a Sekretaris took the index, 49 ms (bench:search).
 */
export const CARI_KATA_WAKIL = 0.035;

/**
 * Whose walks the choice is for: a reader with one walk (their post's letters, `bacaan` of them, and
 * `entri`, the entries the words' index holds: entriKata), a pencatat (their post's and the OPD's
 * register), a sekretaris (their post's and the pimpinan's).
 */
export type CaraJalan = { jenis: 'sendiri'; bacaan: number; entri: number } | { jenis: 'register' } | { jenis: 'wakil' };

/**
 * The entries the letters' words index holds for the words (`surat` letters, each word's share from
 * frekuensiKata): what the index way reads before it can hand over a single match. A prefix is the
 * union of every lexeme it starts, read whole.
 */
export function entriKata(kata: readonly string[], frekuensi: ReadonlyMap<string, number>, surat: number): number {
  return kata.reduce((sum, k) => sum + frekuensiKata(k, frekuensi) * surat, 0);
}

/**
 * Whether the walks beat the words' index when a share `f` of the letters holds all the words. One
 * walk: when it reads fewer of the reader's letters (CARI_MAX_KANDIDAT / f) than the index costs: the
 * matches it hands over that the reader may open (f x `bacaan`), each read like a walked row, plus
 * its entries (`entri`) at ENTRI_GIN_PER_BARIS to a row. So a word in 5% of the letters is walked by
 * a Kepala Dinas who reads 210,000 letters (4,000 rows read against 10,500 matches) and by a Kepala
 * Bidang who reads 66,000 (3,300 matches and 52,000 entries: 21 ms at 1M letters, where the 4,000
 * rows walk in about 16). Counting matches alone sent two words each in 10-25% of letters ("tanah
 * kementerian", 2.2% together) to the index: 121 ms at 1M against 22 ms walked (9,000 rows), the
 * index reading 350,000 entries for 4,700 matches. A pencatat from CARI_KATA_REGISTER, a sekretaris
 * from CARI_KATA_WAKIL.
 */
export function jalanPadaPangsa(f: number, cara: CaraJalan): boolean {
  if (!(f > 0)) return false;
  if (cara.jenis === 'sendiri') return CARI_MAX_KANDIDAT / f <= f * cara.bacaan + cara.entri / ENTRI_GIN_PER_BARIS;
  return f >= (cara.jenis === 'register' ? CARI_KATA_REGISTER : CARI_KATA_WAKIL);
}

/**
 * Whether a reader walks their letters newest first (NaskahPembaca, the register) rather than take
 * the words' index, from the words' statistics (`frekuensi`, PostgreSQL's most common elements):
 * common words (kataUmum) are walked, and otherwise jalanPadaPangsa at the share of letters holding
 * all the words. That share is known only between two bounds: the product of the words' shares (the
 * words independent) and the rarest word's share (each letter with it holding the others too). A
 * topic's words go together ("pengelolaan sampah": 5% of letters, the product 0.47%), unrelated ones
 * do not; where the two bounds choose differently, 'contoh': a sample of the reader's newest letters
 * must tell (cari-surat.ts). Either bound alone misjudged one kind: the product sent a Sekretaris
 * Daerah's "pengelolaan sampah" to the index (83 ms against 39 walked at 1M); the rarest share would
 * walk two unrelated words through every letter the reader has (1.2 s for a word in no letter).
 */
export function pilihJalan(kata: readonly string[], frekuensi: ReadonlyMap<string, number>, cara: CaraJalan): boolean | 'contoh' {
  if (kataUmum(kata, frekuensi)) return true;
  if (kata.length === 0) return false;
  const pangsa = kata.map((k) => frekuensiKata(k, frekuensi));
  const bebas = jalanPadaPangsa(pangsa.reduce((s, f) => s * f, 1), cara);
  return bebas === jalanPadaPangsa(Math.min(...pangsa), cara) ? bebas : 'contoh';
}

/**
 * The reader's newest letters a sample takes (pilihJalan's 'contoh'): enough to tell a share of 2%
 * from 0.5% (20 matches against 5), and about what a walk of 400 matches at 40% reads (2-4 ms at 1M).
 */
export const CARI_CONTOH = 1000;

/**
 * The choice from a sample: `dibaca` of the reader's newest letters read (fewer than CARI_CONTOH when
 * that is all they have, so a walk reads them all at once), `cocok` of them holding the words.
 */
export function jalanMenurutContoh(contoh: { dibaca: number; cocok: number }, cara: CaraJalan): boolean {
  if (contoh.dibaca < CARI_CONTOH) return true;
  return jalanPadaPangsa(contoh.cocok / contoh.dibaca, cara);
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

/**
 * The agenda number as the app shows it ("Agenda 15/2026", or "15/2026"): its number is a word of the
 * search document, its year is not, so as a phrase it matched nothing (an outside walk found only a
 * bare "15" worked, the form the search page's hint promises).
 */
const AGENDA = /^(?:agenda\s+)?0*(\d{1,7})\/((?:19|20)\d{2})$/i;

/** Splits the input into quoted phrases and loose words, and decides which matchers apply. */
export function rencanaCari(input: string): RencanaCari {
  const text = input.slice(0, CARI_MAX_PANJANG).trim();
  const agenda = AGENDA.exec(text);
  // That agenda number exactly (not as a prefix: 15 is not 150), or a letter number holding the text.
  if (agenda) return { tsquery: agenda[1]!, nomorFragmen: `${agenda[1]}/${agenda[2]}`, kata: [agenda[1]!], bagian: [{ tsquery: agenda[1]!, kata: [agenda[1]!] }] };
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

/** ILIKE pattern for a substring: %, _ and \ are taken literally. */
export function polaMengandung(fragment: string): string {
  return `%${literalLike(fragment)}%`;
}

/** LIKE pattern for a start: %, _ and \ are taken literally. */
export function polaAwalan(fragment: string): string {
  return `${literalLike(fragment)}%`;
}
