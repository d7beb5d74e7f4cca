import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { getBerkasFile } from '@/lib/services/berkas/get-berkas-file';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { readLampiran } from '@/lib/services/naskah/read-lampiran';
import { uploadLampiran } from '@/lib/services/naskah/upload-lampiran';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { buildPdf, flate, onePage, stream } from '../../support/hostile-pdf';
import { createDraftingWorld } from '../naskah/drafting-world';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, createPencatat, deliverLetter } from '../support/factories';
import { storedFiles } from '../support/stored-files';

const withOpenActionJs = () => buildPdf(onePage({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>' }));
const htmlPolyglot = () => buildPdf(onePage(), { prefix: '<html><script>fetch("/admin")</script><!--\n' });
const withEmbeddedFile = () =>
  buildPdf(onePage({ catalog: '/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>', extra: ['<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>', stream('/Type /EmbeddedFile', 'MZ')] }));
const deflateBomb = () => buildPdf(onePage({ extra: [flate('/Type /ObjStm /N 1 /First 4', Buffer.alloc(32 * 1024 * 1024))] }));

describe('lampiran of a konsep', () => {
  it('refuses a lampiran with OpenAction JavaScript, naming it, and keeps neither a row nor a file', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'NOTA_DINAS' });
    const filesBefore = await storedFiles('naskah');

    await expect(uploadLampiran(staf, { naskahId, namaFile: 'rab.pdf', bytes: withOpenActionJs() })).rejects.toThrow(
      'Lampiran memuat JavaScript dan tindakan otomatis saat dibuka (OpenAction).',
    );
    await expect(uploadLampiran(staf, { naskahId, namaFile: 'rab.pdf', bytes: htmlPolyglot() })).rejects.toThrow('Lampiran harus berkas PDF.');
    await expect(uploadLampiran(staf, { naskahId, namaFile: 'rab.pdf', bytes: buildPdf(onePage(), { header: '%PDF-1.7\n%<script>alert(1)</script>\n' }) })).rejects.toThrow(
      'sekaligus memuat halaman web (HTML)',
    );
    await expect(uploadLampiran(staf, { naskahId, namaFile: 'rab.pdf', bytes: deflateBomb() })).rejects.toThrow('terlalu besar atau terlalu rumit');

    expect(await prisma.berkas.count({ where: { naskahId } })).toBe(0);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } })).lampiranJumlah).toBe(0);
    expect(await storedFiles('naskah')).toEqual(filesBefore);
  });

  it('stores a clean lampiran unchanged and serves it with its stored type', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'NOTA_DINAS' });
    const pdf = await tinyPdf('Rincian anggaran');
    const { berkasId } = await uploadLampiran(staf, { naskahId, namaFile: 'rincian\r\nanggaran.pdf', bytes: pdf });
    const read = await readLampiran(staf, berkasId);
    expect(read).toMatchObject({ namaFile: 'rinciananggaran.pdf', mime: 'application/pdf' });
    expect(Buffer.from(read.bytes)).toEqual(Buffer.from(pdf));
  });
});

async function pencatatWorld() {
  const w = await createDisposisiWorld();
  const { pegawai } = await createPencatat(w);
  return { ...w, pencatat: await actorFor(pegawai.id) };
}

const surat = (pindaian: Uint8Array, nomor: string) =>
  registerSuratMasukSchema.parse({ nomor, tanggalSurat: '2026-11-20', pengirimNama: 'Dinas Luar', perihal: 'Undangan', pindaian: asFile(pindaian, 'surat.pdf') });

describe('pindaian surat masuk', () => {
  it('keeps a scan with JavaScript byte for byte as evidence, and the audit record names what it carries', async () => {
    const w = await pencatatWorld();
    const bytes = withOpenActionJs();
    const { id } = await registerSuratMasuk(w.pencatat, surat(bytes, 'JS/1'));
    const { berkasUtama } = await prisma.naskah.findUniqueOrThrow({ where: { id }, select: { berkasUtama: true } });
    expect(berkasUtama!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(Buffer.from((await getBerkasFile(await actorFor(w.kepala.id), berkasUtama!.id)).bytes)).toEqual(Buffer.from(bytes));
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'suratMasuk.register' } });
    expect(audit.after).toMatchObject({ berkas: { kontenAktif: ['javascript', 'open-action'] } });
  });

  it('refuses a polyglot and a deflate bomb as scans: no letter, no file', async () => {
    const w = await pencatatWorld();
    const before = await storedFiles('pindaian');
    await expect(registerSuratMasuk(w.pencatat, surat(htmlPolyglot(), 'P/1'))).rejects.toThrow('Berkas harus PDF, JPG, atau PNG');
    const jar = buildPdf(onePage(), { suffix: Buffer.alloc(8192, 0x50) });
    await expect(registerSuratMasuk(w.pencatat, surat(jar, 'P/2'))).rejects.toThrow('Pindaian surat ditolak: ada data tambahan setelah akhir PDF');
    await expect(registerSuratMasuk(w.pencatat, surat(deflateBomb(), 'P/3'))).rejects.toThrow('Pindaian surat terlalu besar atau terlalu rumit');
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(0);
    expect(await storedFiles('pindaian')).toEqual(before);
  });
});

describe('tindak lanjut files', () => {
  it('refuses a file with an embedded payload and keeps no report and no file', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat E' });
    await giveDisposisi(await actorFor(w.kepala.id), giveDisposisiSchema.parse({ naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'] }));
    const kabid = await actorFor(w.kabid.pegawai.id);
    const [received] = await listDisposisiMasuk(kabid);
    const before = await storedFiles('tindak-lanjut');
    const report = (bytes: Uint8Array) => reportTindakLanjut(kabid, { penerimaDisposisiId: received!.id, catatan: 'x', selesai: false, lampiran: [asFile(bytes, 'notulen.pdf')] });
    await expect(report(withEmbeddedFile())).rejects.toThrow('Berkas tindak lanjut memuat berkas tersemat (EmbeddedFiles).');
    expect(await prisma.tindakLanjut.count({ where: { penerimaDisposisiId: received!.id } })).toBe(0);
    expect(await storedFiles('tindak-lanjut')).toEqual(before);
  });
});
