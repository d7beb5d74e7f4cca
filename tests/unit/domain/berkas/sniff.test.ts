import { describe, expect, it } from 'vitest';
import { namaBerkasAman, sniffJenisIsi } from '@/lib/domain/berkas/sniff';

const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v)] : [v])));

describe('sniffJenisIsi', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), 'pdf'],
    ['a PDF after junk (where a polyglot hides its other format)', bytes(0, 0, 0, '%PDF-1.4'), null],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'jpeg'],
    ['a PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0), 'png'],
    ['an ELF executable named .pdf', bytes(0x7f, 'ELF', 2, 1, 1), null],
    ['a Windows executable', bytes('MZ', 0x90, 0), null],
    ['a ZIP (docx)', bytes('PK', 3, 4), null],
    ['HTML', bytes('<html><script>'), null],
    ['empty', bytes(), null],
    ['a truncated PNG signature', bytes(0x89, 'PNG'), null],
  ])('%s', (_name, input, expected) => {
    expect(sniffJenisIsi(input)).toBe(expected);
  });

  it('takes %PDF- only at byte 0', () => {
    expect(sniffJenisIsi(bytes('<html>', '%PDF-1.7'))).toBeNull();
    expect(sniffJenisIsi(bytes('PK', 3, 4, '%PDF-1.7'))).toBeNull();
  });
});

describe('namaBerkasAman', () => {
  it.each([
    ['surat.pdf', 'pdf', 'surat.pdf'],
    ['foto surat.JPG', 'pdf', 'foto surat.pdf'],
    ['C:\\Users\\tu\\scan.png', 'pdf', 'scan.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['"ber\u0000bahaya".pdf', 'pdf', 'berbahaya.pdf'],
    ['faktur\u202Efdp.exe', 'pdf', 'fakturfdp.pdf'],
    ['', 'png', 'berkas.png'],
    [`${'a'.repeat(300)}.pdf`, 'pdf', `${'a'.repeat(140)}.pdf`],
  ])('%j -> %j', (original, ext, expected) => {
    expect(namaBerkasAman(original, ext)).toBe(expected);
  });
});
