import { describe, expect, it } from 'vitest';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { berselang, CUPLIKAN_PANJANG, CUPLIKAN_SEBELUM, cuplikanDari, polaCuplikan, tandaiKata } from '@/lib/domain/cari/highlight';
import { CARI_KATA_REGISTER, CARI_KATA_UMUM, CARI_MAX_HALAMAN, CARI_MAX_KANDIDAT, CARI_PER_HALAMAN, batasHalamanCari, halamanDiluarBatas, pesanHalamanDiluar, CATATAN_LANGKA_COCOK, ENTRI_GIN_PER_BARIS, caraBacaCatatan, entriKata, frekuensiKata, type CaraBacaCatatan, type CaraJalan, CARI_CONTOH, CARI_KATA_WAKIL, jalanMenurutContoh, jalanPadaPangsa, kataUmum, pilihJalan, polaMengandung, rencanaCari } from '@/lib/domain/cari/query';

describe('rencanaCari', () => {
  it.each([
    ['rapat koordinasi', 'rapat:* & koordinasi:*', null],
    ['"rapat koordinasi"', '(rapat <-> koordinasi)', null],
    ['0157', '0157:*', '0157'],
    ['/DISKOMINFO/2026', '(diskominfo <-> 2026)', '/DISKOMINFO/2026'],
    ['000.1.2.3/0157/DISKOMINFO/2026', '(000 <-> 1 <-> 2 <-> 3 <-> 0157 <-> diskominfo <-> 2026)', '000.1.2.3/0157/DISKOMINFO/2026'],
    ['Sukamaju Pêrmai', 'sukamaju:* & permai:*', null],
    // The agenda number as the app shows it: that number exactly, or a letter number holding it.
    ['15/2026', '15', '15/2026'],
    ['Agenda 0015/2026', '15', '15/2026'],
    ['1500/2026', '1500', '1500/2026'],
    ['15/3026', '(15 <-> 3026)', '15/3026'],
  ])('%s', (input, tsquery, nomor) => {
    const r = rencanaCari(input);
    expect(r.tsquery).toBe(tsquery);
    expect(r.nomorFragmen).toBe(nomor);
  });

  it("keeps tsquery's own syntax out: operators, quotes and weights in the input are not operators", () => {
    // Inputs from tsquery injection reports: operators, weight labels, prefix marks, unbalanced parentheses.
    for (const hostile of ["a & !b | c", "foo:*A", "(((", "'; DROP TABLE \"Naskah\"; --", "x <-> y <2> z", '\\:* & |']) {
      const { tsquery } = rencanaCari(hostile);
      if (tsquery) expect(tsquery).toMatch(/^[\p{L}\p{N}:*&<>() -]+$/u);
      for (const part of tsquery ? tsquery.split(/ & /) : []) expect(part).toMatch(/^(\([\p{L}\p{N}]+( <-> [\p{L}\p{N}]+)+\)|[\p{L}\p{N}]+:\*|\d+)$/u);
    }
  });

  it('ignores words past the limit and input past 200 characters', () => {
    expect(rencanaCari('kata '.repeat(50)).kata).toHaveLength(12);
    expect(rencanaCari('a'.repeat(500)).kata[0]).toHaveLength(200);
  });

  it('makes % and _ literal in the number pattern', () => {
    expect(polaMengandung('10%_\\')).toBe('%10\\%\\_\\\\%');
  });
});

describe('cariFilterSchema halaman', () => {
  it.each<[unknown, number]>([
    [undefined, 1],
    ['3', 3],
    [String(CARI_MAX_HALAMAN), CARI_MAX_HALAMAN],
    [String(CARI_MAX_HALAMAN + 1), 1],
    ['0', 1],
    ['-3', 1],
    ['2.5', 1],
    ['dua', 1],
  ])('%j -> %d', (halaman, expected) => {
    expect(cariFilterSchema.parse({ q: 'surat', halaman }).halaman).toBe(expected);
  });
});

describe('batasHalamanCari', () => {
  it('is reached on a full last page only', () => {
    expect(batasHalamanCari(CARI_MAX_HALAMAN, CARI_PER_HALAMAN)).toBe(true);
    expect(batasHalamanCari(CARI_MAX_HALAMAN, CARI_PER_HALAMAN - 1)).toBe(false);
    expect(batasHalamanCari(CARI_MAX_HALAMAN - 1, CARI_PER_HALAMAN)).toBe(false);
    expect(CARI_MAX_KANDIDAT).toBe(CARI_MAX_HALAMAN * CARI_PER_HALAMAN);
  });
});

describe('kataUmum', () => {
  // Shares of letters holding each lexeme, as pg_stats lists the most common ones.
  const frekuensi = new Map([
    ['koordinasi', 0.3],
    ['koordinasikan', 0.05],
    ['rapat', 0.08],
    ['rapatkan', 0.03],
    ['sampah', 0.04],
  ]);
  it.each<[string[], boolean, string]>([
    [['koordinasi'], true, 'a common word'],
    [['koordinasikan'], false, 'a rarer lexeme of the same stem'],
    [['koor'], true, 'a prefix sums the lexemes it covers'],
    [['rapat'], true, 'two lexemes of a stem that reach the share together'],
    [['sampah'], false, 'a listed word below the share'],
    [['wonorejo'], false, 'a word outside the list is rarer than all of it'],
    [['koordinasi', 'sampah'], false, 'every word must be common'],
    [['koordinasi', 'rapat'], true, 'two common words'],
    [[], false, 'no word'],
  ])('%j -> %s (%s)', (kata, expected) => {
    expect(kataUmum(kata, frekuensi)).toBe(expected);
  });
  it('treats every word as rare before the first ANALYZE', () => {
    expect(kataUmum(['koordinasi'], new Map())).toBe(false);
  });
  it('draws the line at CARI_KATA_UMUM', () => {
    expect(kataUmum(['a'], new Map([['a', CARI_KATA_UMUM]]))).toBe(true);
    expect(kataUmum(['a'], new Map([['a', CARI_KATA_UMUM - 0.001]]))).toBe(false);
  });
});

describe('pilihJalan', () => {
  const frekuensi = new Map([
    ['undangan', 0.33],
    ['vaksinasi', 0.05],
    ['vaksin', 0.01],
    ['bangsa', 0.025],
    ['pengelolaan', 0.06],
    ['sampah', 0.07],
  ]);
  const sendiri = (bacaan: number, entri = 0): CaraJalan => ({ jenis: 'sendiri', bacaan, entri });
  it('sums the lexemes a prefix starts, at most the whole', () => {
    expect(frekuensiKata('vaksin', frekuensi)).toBeCloseTo(0.06);
    expect(frekuensiKata('v', new Map([['va', 0.7], ['vb', 0.6]]))).toBe(1);
    expect(frekuensiKata('wonorejo', frekuensi)).toBe(0);
  });
  it.each<[string[], number, boolean | 'contoh', string]>([
    [['undangan'], 0, true, 'a common word is walked by anyone who can walk'],
    [['vaksinasi'], 210_000, true, 'a Kepala Dinas reading 210,000 letters walks a word in 5%: 4,000 rows read for 10,500 matches'],
    [['vaksinasi'], 66_000, false, 'a Kepala Bidang reading 66,000 takes the index: 3,300 matches against 4,000 rows'],
    [['vaksinasi'], 0, false, 'a post outside the statistics reads few letters'],
    [['bangsa'], 210_000, false, 'a word in 2.5% would be walked through 8,000 rows for 5,250 matches'],
    [['vaksinasi', 'undangan'], 10_000_000, true, 'both bounds walk: 1.65% (12,000 rows, 165,000 matches) and 5%'],
    [['vaksinasi', 'undangan'], 210_000, 'contoh', 'the product (1.65%) takes the index, the rarer word (5%) walks: a sample tells'],
    [['pengelolaan', 'sampah'], 210_000, 'contoh', 'a topic: 0.42% if unrelated, up to 6% together'],
    [['pengelolaan', 'sampah'], 66_000, 'contoh', 'a Kepala Bidang too: at 6% 3,300 rows walked against 4,000 matches'],
    [['pengelolaan', 'sampah'], 40_000, false, 'a post reading 40,000 takes the index even at 6%'],
    [['wonorejo', 'undangan'], 10_000_000, false, 'a word outside the list bounds the share at nothing'],
    [['wonorejo'], 10_000_000, false, 'a word outside the list is never walked'],
    [[], 10_000_000, false, 'no word'],
  ])('%j, one walk through %d letters -> %s (%s)', (kata, bacaan, expected) => {
    expect(pilihJalan(kata, frekuensi, sendiri(bacaan))).toBe(expected);
  });
  it('one walk: draws the line where the rows walked equal the matches the index hands over', () => {
    const f = 1 / 16; // exact in binary, below CARI_KATA_UMUM
    const batas = CARI_MAX_KANDIDAT * 16 * 16;
    expect(jalanPadaPangsa(f, sendiri(batas))).toBe(true);
    expect(jalanPadaPangsa(f, sendiri(batas - 1))).toBe(false);
    expect(jalanPadaPangsa(0, sendiri(1e12))).toBe(false);
    expect(jalanPadaPangsa(Number.NaN, sendiri(1e12))).toBe(false);
  });
  it("one walk: counts the entries the words' index reads before its matches", () => {
    const surat = 1_050_000;
    const f = new Map([
      ['tanah', 0.098],
      ['kementerian', 0.235],
      ['vaksinasi', 0.05],
      ['wonorejo', 0.0005],
    ]);
    expect(entriKata(['tanah', 'kementerian'], f, surat)).toBeCloseTo(349_650);
    expect(entriKata(['zzz'], f, surat)).toBe(0);
    const pilih = (kata: string[], bacaan: number) => pilihJalan(kata, f, sendiri(bacaan, entriKata(kata, f, surat)));
    // 2.3% together: 8,700 rows walked against 4,950 matches and 350,000 entries (121 ms at 1M, 22 walked).
    expect(pilih(['tanah', 'kementerian'], 215_000)).toBe(true);
    expect(pilihJalan(['tanah', 'kementerian'], f, sendiri(215_000))).toBe('contoh');
    // 4,000 rows against 3,300 matches and 52,500 entries.
    expect(pilih(['vaksinasi'], 66_000)).toBe(true);
    expect(pilih(['vaksinasi'], 20_000)).toBe(false);
    // A rare word: 400,000 rows against 107 matches and 525 entries.
    expect(pilih(['wonorejo'], 215_000)).toBe(false);
    // The line: the rows walked (CARI_MAX_KANDIDAT / f) equal the entries at ENTRI_GIN_PER_BARIS a row.
    const baris = CARI_MAX_KANDIDAT * 16;
    expect(jalanPadaPangsa(1 / 16, sendiri(0, baris * ENTRI_GIN_PER_BARIS))).toBe(true);
    expect(jalanPadaPangsa(1 / 16, sendiri(0, baris * ENTRI_GIN_PER_BARIS - 1))).toBe(false);
  });
  it('a pencatat walks the register from CARI_KATA_REGISTER, a sekretaris from CARI_KATA_WAKIL, common words always', () => {
    const f = new Map([
      ['vaksinasi', 0.05],
      ['pengadilan', CARI_KATA_REGISTER],
      ['kesehatan', CARI_KATA_REGISTER - 0.001],
      ['surat', 0.5],
      ['undangan', 0.3],
    ]);
    const register: CaraJalan = { jenis: 'register' };
    const wakil: CaraJalan = { jenis: 'wakil' };
    expect(pilihJalan(['vaksinasi'], f, register)).toBe(true);
    expect(pilihJalan(['pengadilan'], f, register)).toBe(true);
    expect(pilihJalan(['kesehatan'], f, register)).toBe(false);
    // 5% x 30% = 1.5%: walked either way.
    expect(pilihJalan(['vaksinasi', 'undangan'], f, register)).toBe(true);
    // 5% x 0.9% = 0.05% if unrelated, up to 0.9% together: still the index.
    expect(pilihJalan(['vaksinasi', 'kesehatan'], f, register)).toBe(false);
    // 5% x 1% if unrelated, up to 1% together: a sample tells.
    expect(pilihJalan(['vaksinasi', 'pengadilan'], f, register)).toBe('contoh');
    expect(pilihJalan(['surat', 'undangan'], f, register)).toBe(true);
    expect(pilihJalan(['wonorejo'], f, register)).toBe(false);
    expect(pilihJalan([], f, register)).toBe(false);
    expect(pilihJalan(['vaksinasi'], f, wakil)).toBe(true);
    expect(pilihJalan(['pengadilan'], f, wakil)).toBe(false);
    expect(jalanPadaPangsa(CARI_KATA_WAKIL, wakil)).toBe(true);
    expect(jalanPadaPangsa(CARI_KATA_WAKIL - 0.001, wakil)).toBe(false);
    expect(pilihJalan(['surat', 'undangan'], f, wakil)).toBe(true);
    // With 200 ranked, a sekretaris walks a word in 4% (the index took 49 ms for one in 5% at 1M).
    expect(pilihJalan(['x'], new Map([['x', 0.04]]), wakil)).toBe(true);
    expect(pilihJalan(['x'], new Map([['x', 0.03]]), wakil)).toBe(false);
  });
  it('a sample decides by its share; a reader with fewer letters than a sample walks them all', () => {
    const kepala = sendiri(210_000);
    // 50 of 1,000 (5%): 8,000 rows walked against 10,500 matches.
    expect(jalanMenurutContoh({ dibaca: CARI_CONTOH, cocok: CARI_CONTOH / 20 }, kepala)).toBe(true);
    // 4 of 1,000 (0.4%): the walk would read 100,000 rows for 840 matches.
    expect(jalanMenurutContoh({ dibaca: CARI_CONTOH, cocok: 4 }, kepala)).toBe(false);
    expect(jalanMenurutContoh({ dibaca: CARI_CONTOH, cocok: 0 }, kepala)).toBe(false);
    expect(jalanMenurutContoh({ dibaca: CARI_CONTOH - 1, cocok: 0 }, kepala)).toBe(true);
    expect(jalanMenurutContoh({ dibaca: CARI_CONTOH, cocok: CARI_CONTOH * CARI_KATA_REGISTER }, { jenis: 'register' })).toBe(true);
    expect(jalanMenurutContoh({ dibaca: CARI_CONTOH, cocok: CARI_CONTOH * CARI_KATA_REGISTER - 1 }, { jenis: 'register' })).toBe(false);
    expect(jalanMenurutContoh({ dibaca: CARI_CONTOH, cocok: CARI_CONTOH * CARI_KATA_WAKIL - 1 }, { jenis: 'wakil' })).toBe(false);
  });
});

describe('caraBacaCatatan', () => {
  // Shares of the 2.8 million reports at 1M letters (the bench seed's, as pg_stats reports them).
  const laporan = new Map([
    ['sudah', 0.9],
    ['arahan', 0.3],
    ['telaahan', 0.1],
    ['peninjauan', 0.1],
    ['notulen', 0.03],
  ]);
  const cara = (q: string, baris: number) => caraBacaCatatan(rencanaCari(q).bagian, laporan, baris);
  it.each<[string, number, CaraBacaCatatan, string]>([
    ['arahan', 2_800_000, { cara: 'jalan' }, 'a word in 30% of 2.8M reports: 1,333 rows walked against 840,000 entries'],
    ['telaahan', 2_800_000, { cara: 'jalan' }, 'in 10%: 4,000 rows against 280,000 entries'],
    ['notulen', 2_800_000, { cara: 'indeks' }, 'in 3%: 13,333 rows against 84,000 entries (4,200 rows worth), too many to check one by one'],
    ['arahan', 28_000, { cara: 'langka', bagian: 'arahan:*' }, 'the same 30% of 28,000 reports: 8,400 matches, fewer than the walk costs, few enough to check'],
    ['arahan', 100_000, { cara: 'jalan' }, '30% of 100,000 reports: 1,333 rows walked against 30,000 entries (1,500 rows worth)'],
    ['notulen', 28_000, { cara: 'langka', bagian: 'notulen:*' }, 'in 3% of 28,000: 840 matches'],
    ['peninjauan Wonorejo', 2_800_000, { cara: 'langka', bagian: 'wonorejo:*' }, 'a common word beside a rare one: only the rare one is asked of the index'],
    ['"peninjauan lapangan" notulen', 2_800_000, { cara: 'langka', bagian: '(peninjauan <-> lapangan)' }, 'a phrase of a common and an unknown word is rarer than a 3% word'],
    ['', 2_800_000, { cara: 'langka', bagian: null }, 'no word'],
    ['tanah kementerian', 2_800_000, { cara: 'langka', bagian: 'tanah:* & kementerian:*' }, 'two words the statistics do not list: both asked of the index, which intersects them'],
    ['Wonorejo peninjauan Sukamaju', 2_800_000, { cara: 'langka', bagian: 'wonorejo:* & sukamaju:*' }, 'the rare words together, the common one left to the check'],
  ])('%s in %d rows -> %j (%s)', (q, baris, expected) => {
    expect(cara(q, baris)).toEqual(expected);
  });
  it('draws the line where the rows walked cost what the index entries cost', () => {
    const f = 1 / 8;
    const batas = CARI_MAX_KANDIDAT * ENTRI_GIN_PER_BARIS * 8 * 8; // CARI_MAX_KANDIDAT / f = f * baris / ENTRI_GIN_PER_BARIS
    expect(caraBacaCatatan(rencanaCari('x').bagian, new Map([['x', f]]), batas)).toEqual({ cara: 'jalan' });
    expect(caraBacaCatatan(rencanaCari('x').bagian, new Map([['x', f]]), batas - 1)).toEqual({ cara: 'indeks' });
  });
  it('checks the rows of the rarest part one by one up to CATATAN_LANGKA_COCOK of them', () => {
    const f = 1 / 1024;
    expect(caraBacaCatatan(rencanaCari('x').bagian, new Map([['x', f]]), CATATAN_LANGKA_COCOK * 1024)).toEqual({ cara: 'langka', bagian: 'x:*' });
    expect(caraBacaCatatan(rencanaCari('x').bagian, new Map([['x', f]]), CATATAN_LANGKA_COCOK * 1024 + 1024)).toEqual({ cara: 'indeks' });
  });
  it('reads a large table with no word statistics (never analyzed) through both indexes, a small one by its rows', () => {
    // Every word would count as rare: `langka` for "arahan" gathered all 840,000 of its reports.
    expect(caraBacaCatatan(rencanaCari('arahan').bagian, new Map(), 2_800_000)).toEqual({ cara: 'indeks' });
    expect(caraBacaCatatan(rencanaCari('arahan').bagian, new Map(), CATATAN_LANGKA_COCOK + 1)).toEqual({ cara: 'indeks' });
    expect(caraBacaCatatan(rencanaCari('arahan').bagian, new Map(), CATATAN_LANGKA_COCOK)).toEqual({ cara: 'langka', bagian: 'arahan:*' });
  });
});

describe('highlighting', () => {
  it('marks words that start with a searched word, ignoring case and accents', () => {
    expect(tandaiKata('Rapat Koordinasi di Désa Sukamaju', ['koord', 'desa'])).toEqual([
      { teks: 'Rapat ', tanda: false },
      { teks: 'Koordinasi', tanda: true },
      { teks: ' di ', tanda: false },
      { teks: 'Désa', tanda: true },
      { teks: ' Sukamaju', tanda: false },
    ]);
  });

  it('keeps markup as text: a hal with a script tag stays a plain segment', () => {
    const segmen = tandaiKata('<img src=x onerror=alert(1)> rapat', ['rapat']);
    expect(segmen.map((s) => s.teks).join('')).toBe('<img src=x onerror=alert(1)> rapat');
    expect(segmen.filter((s) => s.tanda).map((s) => s.teks)).toEqual(['rapat']);
  });

});

describe('cuplikanDari', () => {
  const tampil = (segmen: { teks: string; tanda: boolean }[]) => segmen.map((x) => (x.tanda ? `[${x.teks}]` : x.teks)).join('');
  it('marks the searched words of a short text whole, with its white space made single', () => {
    expect(tampil(cuplikanDari('Sehubungan  dengan\nrapat di Desa', 1, false, ['rapat', 'desa']))).toBe('Sehubungan dengan [rapat] di [Desa]');
  });
  it('shows a cut on either side as "…" and drops the words the cut broke', () => {
    const potongan = ('x'.repeat(CUPLIKAN_SEBELUM - 12) + 'ak lima kata undangan rapat' + ' sampai'.repeat(40)).slice(0, CUPLIKAN_PANJANG - 3) + ' sa';
    const teks = tampil(cuplikanDari(potongan, 500, true, ['undangan']));
    expect(teks.startsWith('… lima kata [undangan] rapat sampai')).toBe(true);
    expect(teks.endsWith('sampai …')).toBe(true);
  });
  it('keeps the start of a text without spaces where the searched word is (a list of NIKs)', () => {
    const potongan = `${'3201'.repeat(15)}undangan${'9'.repeat(20)}`;
    expect(tampil(cuplikanDari(potongan, 40, false, ['undangan']))).toBe(`… ${potongan}`);
  });
  it('gives nothing for a text of white space only', () => {
    expect(cuplikanDari(' \n ', 1, false, ['rapat'])).toEqual([]);
  });
  it('keeps markup as text', () => {
    expect(tampil(cuplikanDari('<script>alert(1)</script> rapat', 1, false, ['rapat']))).toBe('<script>alert(1)</script> [rapat]');
  });
});

describe('polaCuplikan', () => {
  it('asks for a word starting with any searched word, and nothing without words', () => {
    expect(polaCuplikan(['undangan', 'rapat'])).toBe('\\m(undangan|rapat)');
    expect(polaCuplikan([])).toBeNull();
  });
  it('never lets anything but letters and digits into the pattern', () => {
    expect(polaCuplikan(['a.*', 'b|c', 'désa', '2026'])).toBe('\\m(désa|2026)');
  });
});

describe('berselang', () => {
  const s = (teks: string, tanda: boolean) => ({ teks, tanda });
  it('gives plain and marked text in turns, plain first', () => {
    expect(berselang([s('Rapat ', false), s('Koordinasi', true), s(' di ', false), s('Désa', true)])).toEqual(['Rapat ', 'Koordinasi', ' di ', 'Désa']);
  });
  it('starts with an empty plain part when the text starts with a match', () => {
    expect(berselang([s('rapat', true), s(' desa', false)])).toEqual(['', 'rapat', ' desa']);
  });
  it('joins neighbours of one kind and drops empty ones, so the turns never slip', () => {
    expect(berselang([s('a', false), s('', true), s('b', false), s('c', true), s('d', true), s('e', false)])).toEqual(['ab', 'cd', 'e']);
    expect(berselang([])).toEqual([]);
  });
  it('keeps every character, markup included, for React to escape', () => {
    const parts = berselang(tandaiKata('<img src=x onerror=alert(1)> rapat', ['rapat']));
    expect(parts).toEqual(['<img src=x onerror=alert(1)> ', 'rapat']);
  });
});

describe('halamanDiluarBatas', () => {
  it('names a page past the last one the search shows, and nothing else', () => {
    expect(halamanDiluarBatas(String(CARI_MAX_HALAMAN + 1))).toBe(CARI_MAX_HALAMAN + 1);
    expect(halamanDiluarBatas('25')).toBe(25);
    expect(halamanDiluarBatas('15')).toBeNull();
    expect(halamanDiluarBatas(String(CARI_MAX_HALAMAN))).toBeNull();
    for (const bukan of [undefined, '', '0', '-20', '2.5', 'abc', '1e400', '99999999999999999999']) expect(halamanDiluarBatas(bukan)).toBeNull();
  });
  it('says in Indonesian why page 1 is shown and how to reach older letters', () => {
    expect(pesanHalamanDiluar(15)).toBe(
      `Halaman 15 tidak tersedia: pencarian menampilkan paling banyak ${CARI_MAX_HALAMAN} halaman (${CARI_MAX_KANDIDAT} surat terbaru yang cocok). Yang tampil halaman 1; persempit dengan kata lain atau saringan untuk surat yang lebih lama.`,
    );
  });
});

describe('cariFilterSchema', () => {
  it('drops stale choices and clamps the page', () => {
    expect(cariFilterSchema.parse({ q: '  rapat ', jenis: 'BUKAN', halaman: '999', klasifikasi: 'x' })).toMatchObject({ q: 'rapat', jenis: undefined, halaman: 1, klasifikasi: undefined });
  });
});
