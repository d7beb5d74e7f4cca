// Renders every jenis in both modes and checks the result with independent tools: qpdf --check
// for structure, pdftotext for what a reader sees.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JENIS_NASKAH_DIDUKUNG, type JenisNaskahDidukung } from '@/lib/domain/naskah/konten';
import { FOOTER_BSRE, MAX_HALAMAN, PLACEHOLDER_NOMOR, PLACEHOLDER_TANGGAL, renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { sampleNaskahInput } from '@/lib/pdf/naskah/samples';
import { NaskahPdfError, type NaskahPdfInput } from '@/lib/pdf/naskah/types';

const dir = mkdtempSync(path.join(tmpdir(), 'naskah-pdf-'));
let counter = 0;

function save(pdf: Uint8Array): string {
  const file = path.join(dir, `n${counter++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

function qpdfCheck(file: string): string {
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

/** Text of the PDF (or of one page) with whitespace collapsed, so wrapped lines compare as one. */
function text(file: string, page?: number): string {
  const args = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The diagonal watermark comes out of `pdftotext -raw` letter by letter. */
const WATERMARK = 'K O N S E P';
const rawText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** What must appear on each jenis besides the nomor and the signer. */
const EXPECTED: Record<JenisNaskahDidukung, string[]> = {
  NOTA_DINAS: ['NOTA DINAS', 'Yth.', 'Dari', 'Tembusan', 'Hal', 'Permohonan Fasilitasi Ruang Rapat'],
  MEMO: ['MEMO', 'Penyiapan Bahan Paparan Kepala Dinas'],
  SURAT_DINAS: ['Nomor', 'Sifat', 'Lampiran', '1 (satu) berkas', 'Hal', 'Penggunaan Aplikasi Tata Naskah Dinas Elektronik', 'Yth.', 'Tembusan:', 'Inspektur Provinsi Nusa Indah.'],
  SURAT_UNDANGAN: ['Undangan Rapat Koordinasi Satu Data Indonesia', 'hari/tanggal', 'Kamis, 10 Desember 2026', 'waktu', 'tempat', 'acara', 'a.n. KEPALA DINAS'],
  SURAT_EDARAN: ['SURAT EDARAN', 'TENTANG', 'PENGAMANAN AKUN DAN KATA SANDI', 'Dikeluarkan di Kota Mandala'],
  SURAT_TUGAS: ['SURAT TUGAS', 'Dasar', 'MEMBERI TUGAS:', 'Kepada', 'Untuk', 'Kadek Wirawan, S.Kom.', '198907142015031002'],
  SURAT_PERINTAH: ['SURAT PERINTAH', 'MEMERINTAHKAN:', 'Nama / NIP', 'Pangkat/Gol.', 'Putu Agus Wibawa, S.H.', 'Plt. KEPALA DINAS'],
  KEPUTUSAN: ['KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA', 'TENTANG', 'Menimbang', 'Mengingat', 'MEMUTUSKAN:', 'Menetapkan', 'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'Ditetapkan di Kota Mandala'],
  BERITA_ACARA: ['BERITA ACARA', 'SERAH TERIMA PERANGKAT JARINGAN', 'Switch 24 port'],
  SURAT_KETERANGAN: ['SURAT KETERANGAN', 'Ni Made Sri Lestari, S.T.', 'aktif bekerja'],
  PENGUMUMAN: ['PENGUMUMAN', 'TENTANG', 'PEMELIHARAAN PUSAT DATA'],
  TELAAHAN_STAF: ['TELAAHAN STAF', 'Persoalan', 'Praanggapan', 'Fakta yang Mempengaruhi', 'Analisis', 'Kesimpulan', 'Saran'],
};

beforeAll(async () => {
  // Warm-up: fonts are read and parsed once per process.
  await renderNaskahPdf(sampleNaskahInput('SURAT_DINAS', 'FINAL'));
});

describe.each(JENIS_NASKAH_DIDUKUNG)('%s', (jenis) => {
  it.each(['DRAFT', 'FINAL'] as const)('%s: valid PDF with the expected text', async (mode) => {
    const input = sampleNaskahInput(jenis, mode);
    const { pdf, signatureBox, pageCount } = await renderNaskahPdf(input);
    const file = save(pdf);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    // The signer's placeholder needs a classic xref table, not object streams.
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toMatch(/\nxref\n/);
    expect(raw).not.toContain('/ObjStm');

    const all = text(file);
    expect(all).toContain('PEMERINTAH PROVINSI NUSA INDAH');
    expect(all).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    for (const t of EXPECTED[jenis]) expect(all).toContain(t);
    expect(all).toContain(input.penandatangan.nama);
    if (mode === 'DRAFT') {
      expect(all).toContain(PLACEHOLDER_NOMOR);
      expect(all).not.toContain(input.nomor!);
      expect(rawText(file)).toContain(WATERMARK);
      expect(all).not.toContain('Dokumen ini telah ditandatangani secara elektronik');
    } else {
      expect(all).toContain(input.nomor!);
      expect(all).not.toContain(PLACEHOLDER_NOMOR);
      expect(all).not.toContain(PLACEHOLDER_TANGGAL);
      expect(rawText(file)).not.toContain(WATERMARK);
      for (let p = 1; p <= pageCount; p++) expect(text(file, p)).toContain(squash(FOOTER_BSRE));
    }
    expect(signatureBox.page).toBeGreaterThanOrEqual(1);
    expect(signatureBox.page).toBeLessThanOrEqual(pageCount);
    expect(text(file, signatureBox.page)).toContain(input.penandatangan.nama);
    expect(signatureBox.x).toBeGreaterThan(250);
    expect(signatureBox.y).toBeGreaterThan(56);
    expect(signatureBox.x + signatureBox.width).toBeLessThanOrEqual(595.28 - 56);
  });
});

function withBody(html: string, overrides: Partial<NaskahPdfInput> = {}): NaskahPdfInput {
  const base = sampleNaskahInput('SURAT_DINAS', 'FINAL');
  return { ...base, ...overrides, jenis: 'SURAT_DINAS', konten: { isi: html } } as NaskahPdfInput;
}

const paragraf = (i: number) =>
  `<p>Paragraf ${i}. Dalam rangka meningkatkan kualitas pelayanan publik, setiap Perangkat Daerah diminta menyusun rencana aksi yang memuat <strong>target</strong>, <em>indikator</em>, dan jadwal pelaksanaan secara terukur serta melaporkan capaiannya setiap triwulan.</p>`;

describe('flow across pages', () => {
  it('a long body spans several pages, numbered on every page, signature on the last', async () => {
    const body = Array.from({ length: 30 }, (_, i) => paragraf(i + 1)).join('');
    const { pdf, pageCount, signatureBox } = await renderNaskahPdf(withBody(body));
    const file = save(pdf);
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    for (let p = 1; p <= pageCount; p++) expect(text(file, p)).toContain(`Halaman ${p} dari ${pageCount}`);
    expect(signatureBox.page).toBe(pageCount);
    const all = text(file);
    for (let i = 1; i <= 30; i++) expect(all).toContain(`Paragraf ${i}.`);
    // The signature never stands alone: body text precedes it on its page.
    const last = text(file, signatureBox.page);
    expect(last.indexOf('Paragraf')).toBeGreaterThanOrEqual(0);
    expect(last.indexOf('Paragraf')).toBeLessThan(last.indexOf('KEPALA DINAS KOMUNIKASI'));
  });

  it('a one-page naskah has no page number', async () => {
    const { pdf, pageCount } = await renderNaskahPdf(withBody(paragraf(1)));
    expect(pageCount).toBe(1);
    expect(text(save(pdf))).not.toContain('Halaman');
  });

  it('a long table continues on the next page with every row printed once', async () => {
    const rows = Array.from({ length: 45 }, (_, i) => `<tr><td>${i + 1}.</td><td>Barang nomor ${i + 1} dengan keterangan yang cukup panjang agar sel tabel terbungkus ke baris berikutnya</td><td>${i + 2} unit</td></tr>`).join('');
    const { pdf, pageCount } = await renderNaskahPdf(withBody(`<table><thead><tr><th>No</th><th>Uraian</th><th>Jumlah</th></tr></thead><tbody>${rows}</tbody></table>`));
    const file = save(pdf);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const all = text(file);
    for (let i = 1; i <= 45; i++) expect(all.split(`Barang nomor ${i} `).length - 1).toBe(1);
    // The header row is repeated on every page the table reaches.
    for (let p = 1; p <= pageCount; p++) {
      if (text(file, p).includes('Barang nomor')) expect(text(file, p)).toContain('No Uraian Jumlah');
    }
  });

  it('ends the last tembusan with one period, also after a gelar (no "M.T..")', async () => {
    const file = save((await renderNaskahPdf(withBody(paragraf(1), { tembusan: [{ nama: 'Inspektur Provinsi Nusa Indah' }, { nama: 'Bapak Budi Santoso, M.T.' }] }))).pdf);
    const all = text(file);
    expect(all).toContain('Inspektur Provinsi Nusa Indah;');
    expect(all).toContain('Budi Santoso, M.T.');
    expect(all).not.toContain('M.T..');
  });

  it('prints on F4 when the OPD uses folio', async () => {
    const input = sampleNaskahInput('NOTA_DINAS', 'DRAFT');
    const { pdf } = await renderNaskahPdf({ ...input, kop: { ...input.kop, ukuranKertas: 'F4' } });
    const info = execFileSync('pdfinfo', [save(pdf)], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+609\.\d+ x 935\.\d+ pts/);
  });

  it('never prints script or event-handler content from hostile HTML', async () => {
    const { pdf } = await renderNaskahPdf(withBody('<p onmouseover="steal()">Isi <script>document.cookie</script>surat</p><style>*{display:none}</style><img src=x onerror=alert(1)>'));
    const all = text(save(pdf));
    expect(all).toContain('Isi surat');
    expect(all).not.toMatch(/cookie|steal|display|alert/);
  });
});

describe('refused input', () => {
  it('rejects a 5 MB body at once (the konten limit), before any layout', async () => {
    const huge = `<p>${'a'.repeat(5 * 1024 * 1024)}</p>`;
    const t0 = performance.now();
    await expect(renderNaskahPdf(withBody(huge))).rejects.toThrow(NaskahPdfError);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('a body just under the konten limit (~200 KB of prose) renders in bounded time', async () => {
    const body = Array.from({ length: 700 }, (_, i) => paragraf(i)).join('').slice(0, 199_000);
    const t0 = performance.now();
    const { pageCount } = await renderNaskahPdf(withBody(body));
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(pageCount).toBeGreaterThan(30);
    expect(pageCount).toBeLessThanOrEqual(MAX_HALAMAN);
  }, 60_000);

  it(`refuses a body that would run past ${MAX_HALAMAN} pages (many tiny paragraphs)`, async () => {
    const body = '<p>a</p>'.repeat(24_000);
    const t0 = performance.now();
    await expect(renderNaskahPdf(withBody(body))).rejects.toThrow(/terlalu panjang \(\d+ halaman/);
    expect(performance.now() - t0).toBeLessThan(30_000);
  }, 60_000);

  it('FINAL needs nomor, tanggal and the QR', async () => {
    const input = sampleNaskahInput('SURAT_DINAS', 'FINAL');
    await expect(renderNaskahPdf({ ...input, nomor: null })).rejects.toThrow('nomor');
    await expect(renderNaskahPdf({ ...input, tanggal: null })).rejects.toThrow('tanggal');
    await expect(renderNaskahPdf({ ...input, verifikasiUrl: null, qrPng: null })).rejects.toThrow('QR');
  });

  it('refuses konten that does not match its jenis, a broken logo and more than three paraf', async () => {
    const input = sampleNaskahInput('KEPUTUSAN', 'DRAFT');
    await expect(renderNaskahPdf({ ...input, konten: { isi: '<p>x</p>' } } as never)).rejects.toThrow(NaskahPdfError);
    await expect(renderNaskahPdf({ ...input, kop: { ...input.kop, logo: new Uint8Array([1, 2, 3, 4]) } })).rejects.toThrow('Logo OPD');
    const p = { jabatan: 'Kasi', nama: 'X', waktu: new Date() };
    await expect(renderNaskahPdf({ ...input, paraf: [p, p, p, p] })).rejects.toThrow('Paraf');
  });
});

describe('paraf table', () => {
  it('prints the paraf time in full, however long the posts and names are', async () => {
    const input = sampleNaskahInput('SURAT_DINAS', 'FINAL');
    const waktu = new Date('2026-11-29T22:07:00Z');
    const paraf = [
      { jabatan: 'Kepala Bidang Aplikasi Informatika dan Persandian', nama: 'Dr. I Gusti Ngurah Agung Wirawan Putra, S.Kom., M.T.', waktu },
      { jabatan: 'Sekretaris Dinas Komunikasi dan Informatika', nama: 'Ni Luh Putu Ariani Kusumawardhani, S.E., M.Si.', waktu },
    ];
    const file = save((await renderNaskahPdf({ ...input, paraf })).pdf);
    expect(text(file).match(/30\/11\/2026 05\.07/g)).toHaveLength(2);
  });
});
