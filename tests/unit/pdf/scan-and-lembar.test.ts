import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { tindakLanjutSchema } from '@/lib/domain/disposisi/tindak-lanjut-schema';
import { winAnsi } from '@/lib/pdf/lembar-disposisi/render-lembar-disposisi';
import { scanToPdf } from '@/lib/pdf/pindaian/scan-to-pdf';
import { asFile, tinyPdf, tinyPng } from '../../support/fixtures';

describe('scanToPdf', () => {
  it('keeps a PDF as it is', async () => {
    const pdf = await tinyPdf();
    expect(await scanToPdf(pdf, 'pdf')).toBe(pdf);
  });

  it.each([
    ['portrait', 600, 850, [595.28, 841.89]],
    ['landscape', 900, 400, [841.89, 595.28]],
  ] as const)('puts a %s PNG on one A4 page', async (_name, w, h, size) => {
    const doc = await PDFDocument.load(await scanToPdf(tinyPng(w, h), 'png'));
    expect(doc.getPageCount()).toBe(1);
    const page = doc.getPage(0);
    expect([page.getWidth(), page.getHeight()]).toEqual(size);
  });

  it('refuses a file that only starts like a PDF', async () => {
    await expect(scanToPdf(new Uint8Array([...Buffer.from('%PDF-1.7\n'), 1, 2, 3]), 'pdf')).rejects.toThrow();
  });
});

describe('winAnsi', () => {
  it.each([
    ['“Satu Data” — 2026…', '"Satu Data" - 2026...'],
    ['baris\nbaru', 'baris baru'],
    ['Rp 1.000 · ✓ 日本', 'Rp 1.000 ·'],
    ['Bapak Dr. Ir. Ñoño', 'Bapak Dr. Ir. Ñoño'],
  ])('%j -> %j', (input, expected) => {
    expect(winAnsi(input).trimEnd()).toBe(expected.trimEnd());
  });
});

describe('tindakLanjutSchema lampiran', () => {
  const base = { penerimaDisposisiId: '0196f3a0-0000-7000-8000-000000000001', catatan: 'ok' };
  it('treats an empty file input as no attachment', () => {
    expect(tindakLanjutSchema.parse({ ...base, lampiran: new File([], '') }).lampiran).toEqual([]);
  });
  it('refuses more than five files and an oversized one', () => {
    const six = Array.from({ length: 6 }, (_, i) => asFile(new Uint8Array([1]), `${i}.pdf`));
    expect(tindakLanjutSchema.safeParse({ ...base, lampiran: six }).error?.issues[0].message).toBe('Paling banyak 5 lampiran.');
    expect(tindakLanjutSchema.safeParse({ ...base, lampiran: asFile(new Uint8Array(21 * 1024 * 1024), 'besar.pdf') }).error?.issues[0].message).toBe('Berkas terlalu besar: paling besar 20 MB.');
  });
});
