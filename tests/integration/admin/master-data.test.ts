import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addInstruksiDisposisi } from '@/lib/services/admin/add-instruksi-disposisi';
import { createKlasifikasi } from '@/lib/services/admin/create-klasifikasi';
import { importKlasifikasiCsv } from '@/lib/services/admin/import-klasifikasi-csv';
import { listTemplatePenomoran } from '@/lib/services/admin/list-template-penomoran';
import { saveTemplatePenomoran } from '@/lib/services/admin/save-template-penomoran';
import { setInstruksiAktif } from '@/lib/services/admin/set-instruksi-aktif';
import { uploadOpdLogo } from '@/lib/services/admin/upload-opd-logo';
import type { FileStorage } from '@/lib/storage/types';
import { pngBom, tinyPng } from '../../support/fixtures';
import { createAdminWorld } from './admin-world';

function memoryStorage(): FileStorage & { keys: string[] } {
  const keys: string[] = [];
  return { driver: 'local', keys, put: async (key) => void keys.push(key), putFile: async (key) => void keys.push(key), get: async () => null, getStream: async () => null, delete: async () => undefined };
}

describe('master data', () => {
  it('saves numbering templates per jenis and shows the next number', async () => {
    const w = await createAdminWorld();
    await expect(saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: null, template: '{klasifikasi}/{unit}/{tahun}', panjangNomor: 4, urutanPerJenis: false })).rejects.toMatchObject({ fieldErrors: { template: [expect.stringContaining('{nomor}')] } });
    await expect(saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: 'BUKAN_JENIS', template: '{nomor}', panjangNomor: 4, urutanPerJenis: false })).rejects.toThrow('Jenis naskah');
    await saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: null, template: '{klasifikasi}/{nomor}/{unit}/{tahun}', panjangNomor: 4, urutanPerJenis: false });
    await saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: null, template: '{klasifikasi}/{nomor}/{unit}/{bulan_romawi}/{tahun}', panjangNomor: 3, urutanPerJenis: false });
    await saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: 'KEPUTUSAN', template: 'NOMOR {nomor} TAHUN {tahun}', panjangNomor: 1, urutanPerJenis: true });
    await prisma.nomorUrut.create({ data: { opdId: w.opd.id, seri: 'NASKAH', tahun: 2026, terakhir: 156 } });
    const list = await listTemplatePenomoran(w.adminOpd, w.opd.id, new Date('2026-04-10T03:00:00Z'));
    expect(list.rows.map((r) => [r.jenis, r.contoh])).toEqual([
      ['KEPUTUSAN', 'NOMOR 1 TAHUN 2026'],
      [null, `000.1.2.3/157/${w.opd.singkatan}/IV/2026`],
    ]);
  });

  it('adds the default instruction list once, refuses a duplicate and hides one', async () => {
    const w = await createAdminWorld();
    expect(await addInstruksiDisposisi(w.adminOpd, { opdId: w.opd.id, teks: null })).toEqual({ added: 11 });
    expect(await addInstruksiDisposisi(w.adminOpd, { opdId: w.opd.id, teks: null })).toEqual({ added: 0 });
    await expect(addInstruksiDisposisi(w.adminOpd, { opdId: w.opd.id, teks: 'untuk diketahui' })).rejects.toThrow('sudah ada');
    const row = await prisma.instruksiDisposisi.findFirstOrThrow({ where: { opdId: w.opd.id, teks: 'Arsipkan' } });
    await setInstruksiAktif(w.adminOpd, { instruksiId: row.id, aktif: false });
    expect((await prisma.instruksiDisposisi.findUniqueOrThrow({ where: { id: row.id } })).aktif).toBe(false);
  });

  it('imports klasifikasi arsip as a tree (admin instansi only) and refuses bad rows', async () => {
    const w = await createAdminWorld();
    const enc = (s: string) => new TextEncoder().encode(s);
    const bad = await importKlasifikasiCsv(w.adminInstansi, { bytes: enc('kode,nama\n000,Umum\n000.1.2,Perjalanan Dinas\n@SUM,Rumus\n'), dryRun: true });
    expect(bad.errors).toEqual(['Baris 4, kolom kode: sel diawali =, +, -, @, tab atau CR (rumus) tidak diterima.', 'Baris 4, kolom kode: "@SUM" bukan kode klasifikasi (contoh 000.1.2).', 'Baris 3, kolom kode: induk 000.1 tidak ada.']);
    const ok = await importKlasifikasiCsv(w.adminInstansi, { bytes: enc('kode,nama\n000.1.2,Perjalanan Dinas Dalam Negeri\n000,Umum\n000.1,Ketatausahaan dan Kerumahtanggaan\n'), dryRun: false });
    expect(ok).toEqual({ ok: true, errors: [], count: 3 });
    const rows = await prisma.klasifikasiArsip.findMany({ where: { instansiId: w.instansi.id }, include: { parent: true }, orderBy: { kode: 'asc' } });
    expect(rows.map((r) => [r.kode, r.parent?.kode ?? null])).toEqual([['000', null], ['000.1', '000'], ['000.1.2', '000.1']]);
    await createKlasifikasi(w.adminInstansi, { kode: '000.1.2.3', nama: 'Perjalanan Dinas Pegawai' });
    await expect(createKlasifikasi(w.adminInstansi, { kode: '900.1', nama: 'Keuangan Daerah' })).rejects.toThrow('induk 900');
  });

  it('stores a PNG logo and refuses a renamed non-image and a logo of billions of pixels', async () => {
    const w = await createAdminWorld();
    const storage = memoryStorage();
    const png = tinyPng(300, 300);
    const { logoKey } = await uploadOpdLogo(w.adminOpd, { opdId: w.opd.id, bytes: png }, storage);
    expect(logoKey).toMatch(new RegExp(`^logo/${w.opd.id}/[0-9a-f-]+\\.png$`));
    expect(storage.keys).toEqual([logoKey]);
    await expect(uploadOpdLogo(w.adminOpd, { opdId: w.opd.id, bytes: new TextEncoder().encode('<svg onload=alert(1)>') }, storage)).rejects.toThrow('PNG atau JPG');
    // A PDF passes every other upload's sniffing; it is no logo.
    await expect(uploadOpdLogo(w.adminOpd, { opdId: w.opd.id, bytes: new TextEncoder().encode('%PDF-1.7\n%%EOF') }, storage)).rejects.toThrow('PNG atau JPG');
    // Under 1 MB, but every naskah of the OPD would decode its 36 megapixels again.
    await expect(uploadOpdLogo(w.adminOpd, { opdId: w.opd.id, bytes: pngBom(6000, 6000) }, storage)).rejects.toThrow('paling banyak 4 megapiksel');
    expect((await prisma.opd.findUniqueOrThrow({ where: { id: w.opd.id } })).logoKey).toBe(logoKey);
    expect(storage.keys).toEqual([logoKey]);
  });
});
