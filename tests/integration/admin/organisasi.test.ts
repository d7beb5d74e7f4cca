import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/domain/errors';
import { createJabatan } from '@/lib/services/admin/create-jabatan';
import { createUnitKerja } from '@/lib/services/admin/create-unit-kerja';
import { deactivateJabatan } from '@/lib/services/admin/deactivate-jabatan';
import { deactivateUnitKerja } from '@/lib/services/admin/deactivate-unit-kerja';
import { getOrganisasiTree } from '@/lib/services/admin/get-organisasi-tree';
import { moveJabatan } from '@/lib/services/admin/move-jabatan';
import { importOpdCsv } from '@/lib/services/admin/import-opd-csv';
import { moveUnitKerja } from '@/lib/services/admin/move-unit-kerja';
import { renameUnitKerja } from '@/lib/services/admin/rename-unit-kerja';
import { createAdminWorld } from './admin-world';

describe('hierarchy editor', () => {
  it('creates posts under the pimpinan, moves them with their subtree, and refuses a cycle', async () => {
    const w = await createAdminWorld();
    const base = { opdId: w.opd.id, unitKerjaId: w.unit.id, jenis: 'STRUKTURAL' as const, eselon: null };
    const { jabatanId: kabid } = await createJabatan(w.adminOpd, { ...base, parentId: w.kepalaJabatan.id, kode: 'KABID', nama: 'Kepala Bidang', namaSingkat: 'Kabid' });
    const { jabatanId: kasi } = await createJabatan(w.adminOpd, { ...base, parentId: kabid, kode: 'KASI', nama: 'Kepala Seksi', namaSingkat: 'Kasi' });
    const { jabatanId: sekdis } = await createJabatan(w.adminOpd, { ...base, parentId: w.kepalaJabatan.id, kode: 'SEKDIS', nama: 'Sekretaris', namaSingkat: 'Sekdis' });

    await expect(createJabatan(w.adminOpd, { ...base, parentId: null, kode: 'KADIS2', nama: 'Kepala Kedua', namaSingkat: 'K2' })).rejects.toThrow('sudah mempunyai pimpinan');
    await expect(createJabatan(w.adminOpd, { ...base, parentId: kabid, kode: 'KASI', nama: 'Duplikat', namaSingkat: 'D' })).rejects.toThrow('Kode jabatan sudah dipakai');

    await expect(moveJabatan(w.adminOpd, { id: kabid, parentId: kasi })).rejects.toThrow('siklus');
    await moveJabatan(w.adminOpd, { id: kabid, parentId: sekdis });
    const levels = Object.fromEntries((await prisma.jabatan.findMany({ where: { id: { in: [kabid, kasi] } } })).map((j) => [j.id, j.level]));
    expect(levels).toEqual({ [kabid]: 3, [kasi]: 4 });

    const tree = await getOrganisasiTree(w.adminOpd, w.opd.id);
    expect(tree.jabatanTree).toHaveLength(1);
    expect(tree.jabatanTree[0]!.pemangku).toEqual([expect.stringContaining('Pegawai')]);
    expect(tree.jabatanTree[0]!.children.find((c) => c.id === sekdis)!.children[0]!.children[0]!.id).toBe(kasi);

    // Its holder deactivated (pensiun) with the assignment still running: still named, and why the post is not free.
    const holder = await prisma.penugasanJabatan.findFirstOrThrow({ where: { jabatanId: w.kepalaJabatan.id }, select: { pegawaiId: true } });
    await prisma.pegawai.update({ where: { id: holder.pegawaiId }, data: { aktif: false } });
    expect((await getOrganisasiTree(w.adminOpd, w.opd.id)).jabatanTree[0]!.pemangku).toEqual([expect.stringMatching(/Pegawai.* \(nonaktif, penugasannya belum diakhiri\)$/)]);
  });

  it('deactivates a post with history instead of deleting it, and refuses while it has a holder or subordinates', async () => {
    const w = await createAdminWorld();
    await expect(deactivateJabatan(w.adminOpd, { id: w.kepalaJabatan.id })).rejects.toThrow('masih dijabat');
    await prisma.penugasanJabatan.updateMany({ where: { jabatanId: w.kepalaJabatan.id }, data: { selesai: new Date('2021-12-31') } });
    await deactivateJabatan(w.adminOpd, { id: w.kepalaJabatan.id });
    const after = await prisma.jabatan.findUniqueOrThrow({ where: { id: w.kepalaJabatan.id }, include: { penugasan: true } });
    expect(after.aktif).toBe(false);
    expect(after.penugasan).toHaveLength(1); // history kept
  });

  it('refuses a unit kerja cycle', async () => {
    const w = await createAdminWorld();
    const { unitKerjaId: a } = await createUnitKerja(w.adminOpd, { opdId: w.opd.id, kode: 'A', nama: 'Unit A', jenis: 'BIDANG', parentId: null });
    const { unitKerjaId: b } = await createUnitKerja(w.adminOpd, { opdId: w.opd.id, kode: 'B', nama: 'Unit B', jenis: 'SEKSI', parentId: a });
    await expect(moveUnitKerja(w.adminOpd, { id: a, parentId: b })).rejects.toBeInstanceOf(DomainError);
    await moveUnitKerja(w.adminOpd, { id: b, parentId: null });
    expect((await prisma.unitKerja.findUniqueOrThrow({ where: { id: b } })).parentId).toBeNull();
  });

  it('refuses a unit name another active unit of the OPD has (case and spaces ignored), on the nama field', async () => {
    const w = await createAdminWorld();
    const unit = (kode: string, nama: string) => ({ opdId: w.opd.id, kode, nama, jenis: 'BIDANG' as const, parentId: null });
    const { unitKerjaId: aptika } = await createUnitKerja(w.adminOpd, unit('APT', 'Bidang Aptika'));
    const dipakai = 'Sudah ada unit bernama “Bidang Aptika” di OPD ini; pakai nama yang membedakannya.';
    await expect(createUnitKerja(w.adminOpd, unit('APT2', '  bidang   APTIKA '))).rejects.toMatchObject({ message: dipakai, fieldErrors: { nama: [dipakai] } });
    const count = () => prisma.unitKerja.count({ where: { opdId: w.opd.id } });
    const before = await count();

    // Renaming into it is refused too; renaming a unit to its own name in other letters is not.
    const { unitKerjaId: ikp } = await createUnitKerja(w.adminOpd, unit('IKP', 'Bidang IKP'));
    await expect(renameUnitKerja(w.adminOpd, { id: ikp, nama: 'BIDANG APTIKA' })).rejects.toMatchObject({ fieldErrors: { nama: [dipakai] } });
    await renameUnitKerja(w.adminOpd, { id: aptika, nama: 'Bidang APTIKA' });
    expect((await prisma.unitKerja.findUniqueOrThrow({ where: { id: ikp } })).nama).toBe('Bidang IKP');

    // Another OPD may have the same name; a retired unit's name may be used again.
    await createUnitKerja(w.adminInstansi, { ...unit('APT', 'Bidang Aptika'), opdId: w.other.opd.id });
    await deactivateUnitKerja(w.adminOpd, { id: ikp });
    await createUnitKerja(w.adminOpd, unit('IKP2', 'Bidang IKP'));
    expect(await count()).toBe(before + 2);

    // The CSV import finds the same, against the OPD and within the file.
    const csv = new TextEncoder().encode('kode,nama,jenis,kode_induk\nX1,BIDANG aptika,BIDANG,\nX2,Bidang Baru,BIDANG,\nX3,bidang baru,BIDANG,\n');
    const r = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { unit: csv }, dryRun: true });
    expect(r.errors).toEqual([
      'unit_kerja.csv, baris 2, kolom nama: Sudah ada unit bernama “BIDANG aptika” di OPD ini; pakai nama yang membedakannya.',
      'unit_kerja.csv, baris 4, kolom nama: Nama unit “bidang baru” sudah dipakai di baris 3.',
    ]);
  });

  it('reads a tree of 500 jabatan in a few queries (figure printed)', async () => {
    const w = await createAdminWorld();
    const rows = Array.from({ length: 499 }, (_, i) => ({ opdId: w.opd.id, unitKerjaId: w.unit.id, parentId: w.kepalaJabatan.id, kode: `B${i}`, nama: `Jabatan ${i}`, namaSingkat: `J${i}`, jenis: 'PELAKSANA' as const, level: 2 }));
    await prisma.jabatan.createMany({ data: rows });
    const t = performance.now();
    const tree = await getOrganisasiTree(w.adminOpd, w.opd.id);
    console.info(`[figure] getOrganisasiTree with 500 jabatan: ${(performance.now() - t).toFixed(0)} ms`);
    expect(tree.jabatan).toHaveLength(500);
  });
});
