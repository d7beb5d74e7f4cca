import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { createKlasifikasi } from '@/lib/services/admin/create-klasifikasi';
import { importKlasifikasiCsv } from '@/lib/services/admin/import-klasifikasi-csv';
import { renameKlasifikasi } from '@/lib/services/admin/rename-klasifikasi';
import { setKlasifikasiAktif } from '@/lib/services/admin/set-klasifikasi-aktif';
import { listKlasifikasiUntukDaftar } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';
import { createAdminWorld } from './admin-world';

// Klasifikasi arsip could be added and imported, never renamed or retired from the pages.
describe('klasifikasi arsip: rename and retire', () => {
  it('renames a kode (kode kept, audited), admin instansi only', async () => {
    const w = await createAdminWorld();
    const { klasifikasiId } = await createKlasifikasi(w.adminInstansi, { kode: '000', nama: 'Umun' });
    await expect(renameKlasifikasi(w.adminOpd, { klasifikasiId, nama: 'Umum' })).rejects.toBeInstanceOf(ForbiddenError);
    await renameKlasifikasi(w.adminInstansi, { klasifikasiId, nama: 'Umum' });
    expect(await prisma.klasifikasiArsip.findUniqueOrThrow({ where: { id: klasifikasiId }, select: { kode: true, nama: true } })).toEqual({ kode: '000', nama: 'Umum' });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: klasifikasiId, action: 'klasifikasi.rename' } });
    expect([audit.before, audit.after]).toEqual([{ kode: '000', nama: 'Umun' }, { kode: '000', nama: 'Umum' }]);
    // Another instansi's kode is not found (w.other is the same instansi, so a random id).
    await expect(renameKlasifikasi(w.adminInstansi, { klasifikasiId: '0190f1e2-0000-7000-8000-000000000000', nama: 'X' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('retires a kode after its sub-codes, so it is no longer offered; brings it back after its induk', async () => {
    const w = await createAdminWorld();
    const { klasifikasiId: induk } = await createKlasifikasi(w.adminInstansi, { kode: '800', nama: 'Kepegawaian' });
    const { klasifikasiId: anak } = await createKlasifikasi(w.adminInstansi, { kode: '800.1', nama: 'Formasi' });
    const ditawarkan = async () => (await listKlasifikasiUntukDaftar(w.instansi.id))?.map((k) => k.kode);

    await expect(setKlasifikasiAktif(w.adminInstansi, { klasifikasiId: induk, aktif: false })).rejects.toThrow('Kode 800 masih mempunyai 1 sub-kode aktif');
    await expect(setKlasifikasiAktif(w.adminOpd, { klasifikasiId: anak, aktif: false })).rejects.toBeInstanceOf(ForbiddenError);
    await setKlasifikasiAktif(w.adminInstansi, { klasifikasiId: anak, aktif: false });
    await setKlasifikasiAktif(w.adminInstansi, { klasifikasiId: induk, aktif: false });
    expect(await ditawarkan()).toEqual([]);

    await expect(setKlasifikasiAktif(w.adminInstansi, { klasifikasiId: anak, aktif: true })).rejects.toThrow('Kode induk 800 nonaktif');
    // Nor is a new sub-code added under the retired induk, one by one or imported: it would be offered
    // under a kode that is not.
    await expect(createKlasifikasi(w.adminInstansi, { kode: '800.2', nama: 'Mutasi' })).rejects.toThrow('Kode induk 800 nonaktif; aktifkan induknya dulu.');
    const csv = new TextEncoder().encode('kode,nama\n800.3,Pensiun\n900,Keuangan\n');
    for (const dryRun of [true, false]) {
      expect(await importKlasifikasiCsv(w.adminInstansi, { bytes: csv, dryRun })).toMatchObject({ ok: false, errors: ['Kode induk 800 nonaktif; aktifkan induknya dulu.'] });
    }
    expect(await prisma.klasifikasiArsip.count({ where: { instansiId: w.instansi.id, kode: { in: ['800.2', '800.3', '900'] } } })).toBe(0);
    await setKlasifikasiAktif(w.adminInstansi, { klasifikasiId: induk, aktif: true });
    await setKlasifikasiAktif(w.adminInstansi, { klasifikasiId: anak, aktif: true });
    expect(await ditawarkan()).toEqual(['800', '800.1']);
    expect(await prisma.auditLog.count({ where: { entityId: { in: [induk, anak] }, action: 'klasifikasi.setActive' } })).toBe(4);
  });
});
