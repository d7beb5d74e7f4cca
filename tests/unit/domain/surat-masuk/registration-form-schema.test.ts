import { describe, expect, it } from 'vitest';
import { registerSuratMasukFormSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { asFile, fakeExecutable, tinyPdf, tinyPng } from '../../../support/fixtures';

const filled = { nomor: '005/1/X', tanggalSurat: '2026-01-05', pengirimNama: 'Kementerian Uji', perihal: 'Undangan rapat' };

async function errors(input: Record<string, unknown>) {
  const r = await registerSuratMasukFormSchema.safeParseAsync(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('registerSuratMasukFormSchema pindaian', () => {
  it('tells a chosen 0-byte file from no file chosen', async () => {
    expect((await errors({ ...filled, pindaian: new File([], '') })).pindaian).toBe('Unggah pindaian surat (PDF, JPG, atau PNG).');
    expect((await errors({ ...filled, pindaian: new File([], 'surat.pdf', { type: 'application/pdf' }) })).pindaian).toBe(
      'Berkas pindaian kosong (0 bita). Pindai ulang surat atau pilih berkas pindaian yang berisi.',
    );
  });

  it('names a wrong file type together with the other fields in one submit', async () => {
    const e = await errors({ nomor: '', tanggalSurat: '2026-01-05', pengirimNama: '', perihal: 'Undangan rapat', pindaian: asFile(fakeExecutable(), 'surat.pdf') });
    expect(e).toEqual({
      nomor: 'Isi nomor surat.',
      pengirimNama: 'Isi pengirim.',
      pindaian: 'Berkas harus PDF, JPG, atau PNG (isi berkas diperiksa, bukan nama berkasnya).',
    });
    const docx = new File([Buffer.from('PK\u0003\u0004word/document.xml')], 'surat.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect((await errors({ ...filled, pindaian: docx })).pindaian).toBe('Berkas harus PDF, JPG, atau PNG (isi berkas diperiksa, bukan nama berkasnya).');
  });

  it('takes a PDF or a PNG by its content, whatever its name', async () => {
    expect(await errors({ ...filled, pindaian: asFile(await tinyPdf(), 'pindaian.bin', 'application/octet-stream') })).toEqual({});
    expect(await errors({ ...filled, pindaian: asFile(tinyPng(), 'foto', 'image/png') })).toEqual({});
  });
});

describe('registerSuratMasukFormSchema printable text', () => {
  it('refuses characters the lembar disposisi cannot print, on the field that holds them, naming them', async () => {
    const pindaian = asFile(await tinyPdf(), 'surat.pdf');
    const e = await errors({ ...filled, pindaian, perihal: 'Undangan rapat 👍', pengirimNama: 'مدرسة Al-Ikhlas', pengirimAlamat: 'Jl. 北京 1', nomor: '005/☃/X', sifat: 'Penting 🔥' });
    expect(Object.keys(e).sort()).toEqual(['nomor', 'pengirimAlamat', 'pengirimNama', 'perihal', 'sifat']);
    expect(e.perihal).toContain('“👍”');
    expect(e.perihal).toContain('tidak dapat dicetak');
    expect(e.pengirimAlamat).toContain('“北”');
  });

  it('takes what Indonesian letters are written with: diacritics, typographic quotes, dashes, degree and section signs', async () => {
    const pindaian = asFile(await tinyPdf(), 'surat.pdf');
    expect(await errors({ ...filled, pindaian, perihal: 'Rapat “Evaluasi” – Tahap II § 3, suhu 30°C', pengirimNama: 'Café Résumé & Co.', pengirimAlamat: 'Jl. Merdeka No. 5 — Blok “A”', sifat: 'Segera' })).toEqual({});
  });
});
