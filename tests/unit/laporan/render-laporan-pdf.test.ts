// The printable report as a reader sees it (pdftotext), and its page shape (pdf-lib).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { tabelKinerja, type BarisKinerja } from '@/lib/domain/laporan/kinerja-kolom';
import { renderLaporanPdf } from '@/lib/services/laporan/render-laporan-pdf';

const dir = mkdtempSync(path.join(tmpdir(), 'laporan-pdf-'));
let n = 0;
function pdfText(pdf: Uint8Array, ...args: string[]): string {
  const file = path.join(dir, `l${n++}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

const orang = (i: number, over: Partial<BarisKinerja> = {}): BarisKinerja => ({
  pegawaiId: `p${i}`,
  nip: `19781103200312${String(1000 + i).padStart(4, '0')}`,
  nama: `Pegawai ${i}`,
  jabatan: 'Pengolah Data dan Informasi',
  opd: 'Dinas Kesehatan',
  bulan: '2026-11',
  disposisiTepat: i,
  disposisiTerlambat: 1,
  naskahDisusun: 2,
  paraf: 3,
  tandaTangan: 1234,
  ...over,
});

describe('renderLaporanPdf', () => {
  it('prints the kinerja table on landscape pages with every name, NIP and jabatan readable', async () => {
    const rows = [
      orang(0, { nama: 'Ir. I Gede Wirawan Putra, M.T.', jabatan: 'Kepala Dinas Komunikasi dan Informatika', opd: 'Dinas Komunikasi dan Informatika' }),
      orang(1, { nama: 'Dr. Hj. Siti Nurhaliza Rahmawati, S.E., M.Si.', jabatan: 'Kepala Subbagian Umum dan Kepegawaian', opd: 'Badan Perencanaan Pembangunan Daerah' }),
      ...Array.from({ length: 70 }, (_, i) => orang(i + 2)),
    ];
    const pdf = await renderLaporanPdf({ judul: 'Bukti Kinerja e-Office 2026-11', subjudul: ['Seluruh OPD'], tabel: [tabelKinerja(rows, '2026-11')] });
    const doc = await PDFDocument.load(pdf);
    for (const page of doc.getPages()) expect(page.getWidth()).toBeGreaterThan(page.getHeight());
    expect(doc.getPageCount()).toBeGreaterThan(1);

    const text = pdfText(pdf).replace(/\s+/g, ' ');
    // Whole names and NIPs, where the old layout printed 'Pega…' in a 40 pt column.
    expect(text).toContain('Ir. I Gede Wirawan Putra, M.T.');
    for (const r of rows) expect(text).toContain(r.nip);
    for (const word of ['Siti', 'Nurhaliza', 'Rahmawati', 'Kepegawaian', 'Pembangunan', 'Informatika']) expect(text).toContain(word);
    expect(text).not.toContain('Pega…');
    // Each header word is printed (wrapped in its narrow column), and figures in Indonesian style.
    for (const word of ['Disposisi', 'selesai', 'tepat', 'waktu', 'terlambat', 'ditandatangani']) expect(text).toContain(word);
    expect(text).toContain('1.234');
    // The header comes back on every page.
    expect(pdfText(pdf, '-f', '2', '-l', '2')).toContain('NIP');
  });

  it('keeps a short report upright and cuts a text longer than two lines with an ellipsis', async () => {
    const panjang = `${'Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik pada Dinas Komunikasi dan Informatika '.repeat(3)}hingga tidak muat`;
    const pdf = await renderLaporanPdf({
      judul: 'Laporan',
      subjudul: [],
      tabel: [
        { judul: 'Surat masuk per sifat', kolom: ['Sifat', 'Jumlah'], baris: [['Biasa', 12], ['Rahasia', 3]], grafik: true },
        { judul: 'Terlambat per orang', kolom: ['Jabatan', 'Pegawai', 'Terlambat'], baris: [[panjang, 'Ni Wayan Suastini', 4]] },
      ],
    });
    const page = (await PDFDocument.load(pdf)).getPage(0);
    expect(page.getHeight()).toBeGreaterThan(page.getWidth());
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Ni Wayan Suastini');
    expect(text).toContain('…');
    expect(text).not.toContain('tidak muat');
  });

  it('prints 2,000 rows, every one of them', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => orang(i, { nama: `Pegawai Nomor ${i} bin Fulan, S.Kom., M.T.` }));
    const pdf = await renderLaporanPdf({ judul: 'Bukti Kinerja', subjudul: [], tabel: [tabelKinerja(rows, '2026-11')] });
    const text = pdfText(pdf);
    expect(new Set(text.match(/19781103200312\d{4}/g)).size).toBe(2000);
  });
});
