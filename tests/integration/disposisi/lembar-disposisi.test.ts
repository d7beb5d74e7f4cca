import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { NotFoundError } from '@/lib/domain/errors';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { getLembarDisposisi } from '@/lib/services/disposisi/get-lembar-disposisi';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { prisma } from '@/lib/db';
import { qpdfCheck } from '../../support/pdf-tools';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

/** The PDF's text as poppler extracts it, so the test reads what a person would read. */
function pdfText(pdf: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lembar-')), 'lembar.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('lembar disposisi', () => {
  it('prints the agenda data and the whole disposition history on one page', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat koordinasi “Satu Data” — 2026', rahasia: true, sifat: 'Penting', pengirimNama: 'Ṡaleh Ā. Pratāma' });
    const kepala = await actorFor(w.kepala.id);
    await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti', 'Laporkan hasilnya'], catatan: 'Hadiri dan laporkan “segera” — Ibu Ñuñez.' }));
    const kabid = await actorFor(w.kabid.pegawai.id);
    await giveDisposisi(kabid, giveDisposisiSchema.parse({ naskahId: delivery.naskahId, penerima: [w.staf.jabatan.id], instruksi: ['Untuk diketahui'] }));
    expect(await listDisposisiMasuk(kabid)).toHaveLength(1);

    const { pdf, namaFile } = await getLembarDisposisi(kepala, delivery.naskahId);
    expect(namaFile).toMatch(/^lembar-disposisi-/);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const text = pdfText(pdf);
    for (const expected of ['LEMBAR DISPOSISI', w.opd.nama.toUpperCase(), 'Undangan rapat koordinasi “Satu Data” — 2026', 'Ṡaleh Ā. Pratāma', 'Penting', 'Rahasia', 'Hadiri dan laporkan “segera” — Ibu Ñuñez.', w.kabid.jabatan.nama, w.staf.jabatan.nama, 'Laporkan hasilnya', 'Riwayat disposisi']) {
      expect(text).toContain(expected);
    }
    const check = await qpdfCheck(pdf);
    expect(check.ok, check.output).toBe(true);
    if (process.env.LEMBAR_OUT) writeFileSync(process.env.LEMBAR_OUT, pdf);
  });

  it('names the printer with their gelar and one closing period ("M.T.", not "M.T..")', async () => {
    const w = await createDisposisiWorld();
    await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { gelarBelakang: 'S.Kom., M.T.' } });
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat' });
    const { pdf } = await getLembarDisposisi(await actorFor(w.kepala.id), delivery.naskahId);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toMatch(/oleh .*, S\.Kom\., M\.T\./);
    expect(text).not.toContain('M.T..');
  });

  it('joins an instruksi that ends in a period to the catatan with that one period', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Rapat' });
    const kepala = await actorFor(w.kepala.id);
    const given = await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk diketahui'], catatan: 'Segera' }));
    // An OPD's own instruksi may be written as a sentence.
    await prisma.disposisi.update({ where: { id: given.disposisiId }, data: { instruksi: ['Hadiri / wakili.'] } });
    const text = pdfText((await getLembarDisposisi(kepala, delivery.naskahId)).pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Hadiri / wakili. Catatan: Segera');
    expect(text).not.toContain('wakili..');
  });

  it('stays one page with a long history', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat panjang' });
    const kepala = await actorFor(w.kepala.id);
    for (let i = 0; i < 40; i++) {
      await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id, w.kabid2.jabatan.id], instruksi: ['Untuk diketahui'], catatan: `Catatan ke-${i} `.repeat(8) }));
    }
    const { pdf } = await getLembarDisposisi(kepala, delivery.naskahId);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    expect(pdfText(pdf)).toContain('sebelumnya tidak muat');
  });

  it('names an overdue recipient the way the timeline does: terlambat, and how far they got', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Batas waktu lewat' });
    const kepala = await actorFor(w.kepala.id);
    const given = await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id, w.kabid2.jabatan.id], instruksi: ['Untuk diketahui'], batasWaktu: '2099-01-01' }));
    const lewat = new Date('2026-01-05T00:00:00+07:00');
    await prisma.disposisi.update({ where: { id: given.disposisiId }, data: { batasWaktu: lewat } });
    await prisma.penerimaDisposisi.updateMany({ where: { disposisiId: given.disposisiId }, data: { batasWaktu: lewat } });
    await prisma.penerimaDisposisi.updateMany({ where: { disposisiId: given.disposisiId, jabatanId: w.kabid2.jabatan.id }, data: { status: 'DITINDAKLANJUTI' } });
    const text = pdfText((await getLembarDisposisi(kepala, delivery.naskahId)).pdf).replace(/\s+/g, ' ');
    // pdftotext interleaves the table's columns, so the recipient's name and state are read apart.
    expect(text).toMatch(/ terlambat \(belum dibaca\)/);
    expect(text).toMatch(/: terlambat \(sudah ditindaklanjuti\)/);
    expect(text).toContain('5 Januari 2026');
  });

  it('is refused for a letter the actor may not see', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Rahasia', rahasia: true });
    await expect(getLembarDisposisi(await actorFor(w.staf.pegawai.id), delivery.naskahId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLembarDisposisi(await actorFor(w.sekretaris.pegawai.id), delivery.naskahId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
