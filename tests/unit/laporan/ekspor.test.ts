import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KOLOM_KINERJA, tabelKinerja, type BarisKinerja } from '@/lib/domain/laporan/kinerja-kolom';
import { tabelPanjang } from '@/lib/domain/laporan/ekspor-laporan';
import { medianFromHistogram, formatDurasiJam } from '@/lib/domain/laporan/median';
import { toCsv } from '@/lib/domain/laporan/tabel';
import { tulisXlsx } from '@/lib/services/laporan/tulis-xlsx';

const baris: BarisKinerja = {
  pegawaiId: 'x',
  nip: '197006171996031002',
  nama: 'Gede Wirawan, S.Kom., M.T.',
  jabatan: '=HYPERLINK("http://contoh.invalid","klik")',
  opd: 'Dinas Komunikasi dan Informatika',
  bulan: '2026-10',
  disposisiTepat: 12,
  disposisiTerlambat: 3,
  naskahDisusun: 4,
  paraf: 7,
  tandaTangan: 9,
};

describe('kinerja export columns', () => {
  it('CSV: the agreed header, one line per pegawai, NIP intact, formulas defused, commas quoted', () => {
    const csv = toCsv(tabelKinerja([baris], '2026-10'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(KOLOM_KINERJA.join(','));
    expect(header).toBe('NIP,Nama,Jabatan,OPD,Bulan,Disposisi selesai tepat waktu,Disposisi selesai terlambat,Naskah disusun,Paraf diberikan,Naskah ditandatangani');
    // OWASP CSV injection: a cell starting with "=" becomes text; quotes are doubled inside quotes.
    expect(line).toBe('197006171996031002,"Gede Wirawan, S.Kom., M.T.","\'=HYPERLINK(""http://contoh.invalid"",""klik"")",Dinas Komunikasi dan Informatika,2026-10,12,3,4,7,9');
  });

  it('XLSX: the same columns, counts as numbers and the NIP as text', async () => {
    const bytes = await tulisXlsx([tabelKinerja([baris], '2026-10')], 'Kinerja');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('Kinerja Oktober 2026');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...KOLOM_KINERJA]);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row).toEqual(['197006171996031002', 'Gede Wirawan, S.Kom., M.T.', '=HYPERLINK("http://contoh.invalid","klik")', 'Dinas Komunikasi dan Informatika', '2026-10', 12, 3, 4, 7, 9]);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
  });

  it('XLSX sheet names: at most 31 characters, no []:*?/\\, never twice', async () => {
    const t = (judul: string) => ({ judul, kolom: ['A'], baris: [] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await tulisXlsx([t('Disposisi terlambat per orang'), t('Rekap [Q3]: a/b*c?'), t('Sebuah judul yang sangat panjang sekali untuk lembar'), t('Sebuah judul yang sangat panjang sekali untuk lembar')], 'x')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Disposisi terlambat per orang', 'Rekap  Q3   a b c', 'Sebuah judul yang sangat panjan', 'Sebuah judul yang sangat panj 2']);
  });

  it('the report CSV is one long table a spreadsheet can pivot', () => {
    const long = tabelPanjang([{ judul: 'Disposisi per unit', kolom: ['Unit kerja', 'Disposisi', 'Selesai'], baris: [['Bidang Aptika', 10, 7]] }], 'Laporan');
    expect(long.kolom).toEqual(['Bagian', 'Kategori', 'Ukuran', 'Nilai']);
    expect(long.baris).toEqual([
      ['Disposisi per unit', 'Bidang Aptika', 'Disposisi', 10],
      ['Disposisi per unit', 'Bidang Aptika', 'Selesai', 7],
    ]);
  });
});

describe('medians from hour histograms', () => {
  it.each([
    [[], null],
    [[{ jam: 5, jumlah: 1 }], 5],
    [[{ jam: 96, jumlah: 1 }, { jam: 24, jumlah: 1 }], 24],
    [[{ jam: 1, jumlah: 2 }, { jam: 9, jumlah: 3 }], 9],
    [[{ jam: 1, jumlah: 3 }, { jam: 9, jumlah: 2 }], 1],
  ])('%j -> %s', (buckets, median) => expect(medianFromHistogram(buckets)).toBe(median));

  it.each([[null, '–'], [0.4, 'kurang dari 1 jam'], [5, '5 jam'], [24, '1 hari'], [30, '1 hari 6 jam']])('formats %s hours as %s', (jam, text) => expect(formatDurasiJam(jam)).toBe(text));
});
