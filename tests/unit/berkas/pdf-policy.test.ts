import { describe, expect, it } from 'vitest';
import { judgePdf } from '@/lib/domain/berkas/pdf-policy';
import type { PdfInspection } from '@/lib/pdf/inspect/types';

const withContent = (...kinds: ('javascript' | 'open-action' | 'embedded-file')[]): PdfInspection => ({
  sound: true,
  activeContent: kinds.map((kind) => ({ kind, objectNumber: 1 })),
  objectCount: 5,
  elapsedMs: 1,
});

describe('judgePdf', () => {
  it('refuses active content in a lampiran or tindak lanjut file, naming what was found', () => {
    const verdict = judgePdf('lampiran', withContent('javascript', 'open-action'));
    expect(verdict).toEqual({ accepted: false, message: expect.stringMatching(/^Lampiran memuat JavaScript dan tindakan otomatis saat dibuka \(OpenAction\)\. .*Cetak ke PDF/) });
    expect(judgePdf('tindak-lanjut', withContent('embedded-file'))).toMatchObject({ accepted: false, message: expect.stringContaining('Berkas tindak lanjut memuat berkas tersemat (EmbeddedFiles)') });
  });

  it('keeps a scan with active content as evidence and reports what it carries', () => {
    expect(judgePdf('pindaian', withContent('javascript'))).toEqual({ accepted: true, kontenAktif: ['javascript'] });
  });

  it('accepts a clean file for every purpose', () => {
    for (const purpose of ['lampiran', 'tindak-lanjut', 'pindaian'] as const) expect(judgePdf(purpose, withContent())).toEqual({ accepted: true, kontenAktif: [] });
  });

  it.each([
    ['polyglot-zip', 'sekaligus memuat arsip ZIP/JAR'],
    ['polyglot-html', 'sekaligus memuat halaman web (HTML)'],
    ['xref-loop', 'rusak atau terpotong'],
    ['encrypted', 'terenkripsi atau terkunci sandi'],
    ['timeout', 'terlalu rumit untuk diperiksa'],
  ] as const)('refuses a %s file for every purpose, also a scan', (defect, phrase) => {
    const inspection: PdfInspection = { sound: false, defect, detail: 'x', elapsedMs: 1 };
    for (const purpose of ['lampiran', 'tindak-lanjut', 'pindaian'] as const) {
      expect(judgePdf(purpose, inspection)).toMatchObject({ accepted: false, message: expect.stringContaining(phrase) });
    }
    expect(judgePdf('pindaian', inspection)).toMatchObject({ message: expect.stringMatching(/^Pindaian surat .*Pindai ulang/) });
  });
});
