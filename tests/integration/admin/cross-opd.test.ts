// An admin OPD calls every admin service with ids forged from another OPD of the same instansi:
// each call is refused and nothing of the other OPD changes.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/domain/errors';
import { addInstruksiDisposisi } from '@/lib/services/admin/add-instruksi-disposisi';
import { assignPenugasan } from '@/lib/services/admin/assign-penugasan';
import { createJabatan } from '@/lib/services/admin/create-jabatan';
import { createKlasifikasi } from '@/lib/services/admin/create-klasifikasi';
import { createOpd } from '@/lib/services/admin/create-opd';
import { createPegawai } from '@/lib/services/admin/create-pegawai';
import { createUnitKerja } from '@/lib/services/admin/create-unit-kerja';
import { deactivateJabatan } from '@/lib/services/admin/deactivate-jabatan';
import { deactivateUnitKerja } from '@/lib/services/admin/deactivate-unit-kerja';
import { endPenugasan } from '@/lib/services/admin/end-penugasan';
import { getOpdDetail } from '@/lib/services/admin/get-opd-detail';
import { getOrganisasiTree } from '@/lib/services/admin/get-organisasi-tree';
import { grantRole } from '@/lib/services/admin/grant-role';
import { importKlasifikasiCsv } from '@/lib/services/admin/import-klasifikasi-csv';
import { importOpdCsv } from '@/lib/services/admin/import-opd-csv';
import { listAuditLog } from '@/lib/services/admin/list-audit-log';
import { listInstruksiDisposisi } from '@/lib/services/admin/list-instruksi-disposisi';
import { listPegawai } from '@/lib/services/admin/list-pegawai';
import { listPenugasanOpd } from '@/lib/services/admin/list-penugasan-opd';
import { cariPilihanPenugasan } from '@/lib/services/admin/cari-pilihan-penugasan';
import { listRoleGrants } from '@/lib/services/admin/list-role-grants';
import { listTemplatePenomoran } from '@/lib/services/admin/list-template-penomoran';
import { moveJabatan } from '@/lib/services/admin/move-jabatan';
import { moveUnitKerja } from '@/lib/services/admin/move-unit-kerja';
import { renameJabatan } from '@/lib/services/admin/rename-jabatan';
import { renameUnitKerja } from '@/lib/services/admin/rename-unit-kerja';
import { resetPegawaiPassword } from '@/lib/services/admin/reset-pegawai-password';
import { revokeRole } from '@/lib/services/admin/revoke-role';
import { saveTemplatePenomoran } from '@/lib/services/admin/save-template-penomoran';
import { setInstruksiAktif } from '@/lib/services/admin/set-instruksi-aktif';
import { setPegawaiAktif } from '@/lib/services/admin/set-pegawai-aktif';
import { updateOpd } from '@/lib/services/admin/update-opd';
import { updatePegawai } from '@/lib/services/admin/update-pegawai';
import { uploadOpdLogo } from '@/lib/services/admin/upload-opd-logo';
import { randomNik, randomNip } from '../support/factories';
import { createAdminWorld } from './admin-world';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const opdFields = (kode: string) => ({ kode, nama: 'Dinas Palsu', singkatan: kode, alamat: 'Jl. Palsu', kota: 'Kota', kodePos: null, telepon: null, email: null, website: null });

async function snapshot(opdId: string) {
  const [opd, units, jabatan, pegawai, penugasan, instruksi, grants, templates, audit] = await Promise.all([
    prisma.opd.findUniqueOrThrow({ where: { id: opdId } }),
    prisma.unitKerja.findMany({ where: { opdId }, orderBy: { id: 'asc' } }),
    prisma.jabatan.findMany({ where: { opdId }, orderBy: { id: 'asc' } }),
    prisma.pegawai.findMany({ where: { opdId }, orderBy: { id: 'asc' } }),
    prisma.penugasanJabatan.findMany({ where: { jabatan: { opdId } }, orderBy: { id: 'asc' } }),
    prisma.instruksiDisposisi.findMany({ where: { opdId }, orderBy: { id: 'asc' } }),
    prisma.roleGrant.findMany({ where: { opdId }, orderBy: { id: 'asc' } }),
    prisma.templatePenomoran.findMany({ where: { opdId } }),
    prisma.auditLog.count({ where: { opdId } }),
  ]);
  return JSON.stringify({ opd, units, jabatan, pegawai, penugasan, instruksi, grants, templates, audit });
}

describe('admin OPD against another OPD (forged ids)', () => {
  it('is refused by every admin service and changes nothing there', async () => {
    const w = await createAdminWorld();
    const o = w.other;
    const actor = w.adminOpd;
    const before = await snapshot(o.opd.id);

    const calls: [string, () => Promise<unknown>][] = [
      ['getOpdDetail', () => getOpdDetail(actor, o.opd.id)],
      ['updateOpd', () => updateOpd(actor, { opdId: o.opd.id, ...opdFields('XX') })],
      ['uploadOpdLogo', () => uploadOpdLogo(actor, { opdId: o.opd.id, bytes: PNG })],
      ['createOpd', () => createOpd(actor, opdFields('BARU'))],
      ['getOrganisasiTree', () => getOrganisasiTree(actor, o.opd.id)],
      ['createUnitKerja', () => createUnitKerja(actor, { opdId: o.opd.id, kode: 'X', nama: 'Unit X', jenis: 'BIDANG', parentId: null })],
      ['createUnitKerja under a foreign parent', () => createUnitKerja(actor, { opdId: w.opd.id, kode: 'X', nama: 'Unit X', jenis: 'BIDANG', parentId: o.unit.id })],
      ['renameUnitKerja', () => renameUnitKerja(actor, { id: o.unit.id, nama: 'Diubah' })],
      ['moveUnitKerja', () => moveUnitKerja(actor, { id: o.unit.id, parentId: null })],
      ['moveUnitKerja to a foreign parent', () => moveUnitKerja(actor, { id: w.unit.id, parentId: o.unit.id })],
      ['deactivateUnitKerja', () => deactivateUnitKerja(actor, { id: o.unit.id })],
      ['createJabatan', () => createJabatan(actor, { opdId: o.opd.id, unitKerjaId: o.unit.id, parentId: o.jabatan.id, kode: 'X', nama: 'Jab X', namaSingkat: 'X', jenis: 'PELAKSANA', eselon: null })],
      ['createJabatan with a foreign atasan', () => createJabatan(actor, { opdId: w.opd.id, unitKerjaId: w.unit.id, parentId: o.jabatan.id, kode: 'X', nama: 'Jab X', namaSingkat: 'X', jenis: 'PELAKSANA', eselon: null })],
      ['renameJabatan', () => renameJabatan(actor, { id: o.jabatan.id, nama: 'Diubah' })],
      ['moveJabatan', () => moveJabatan(actor, { id: o.jabatan.id, parentId: w.kepalaJabatan.id })],
      ['deactivateJabatan', () => deactivateJabatan(actor, { id: o.jabatan.id })],
      ['createPegawai', () => createPegawai(actor, { opdId: o.opd.id, nama: 'Palsu', gelarDepan: null, gelarBelakang: null, nip: randomNip(), nik: randomNik(), golongan: null, email: null })],
      ['updatePegawai', () => updatePegawai(actor, { pegawaiId: o.pegawai.id, nama: 'Diubah', gelarDepan: null, gelarBelakang: null, nip: o.pegawai.nip, nik: o.pegawai.nik, golongan: null, email: null })],
      ['setPegawaiAktif', () => setPegawaiAktif(actor, { pegawaiId: o.pegawai.id, aktif: false })],
      ['resetPegawaiPassword', () => resetPegawaiPassword(actor, { pegawaiId: o.pegawai.id })],
      ['assignPenugasan to a foreign post', () => assignPenugasan(actor, { pegawaiId: w.kepala.id, jabatanId: o.jabatan.id, jenis: 'PLH', mulai: '2030-01-01', selesai: '2030-01-02', alasan: 'x', nomorSk: null })],
      ['assignPenugasan of a foreign person', () => assignPenugasan(actor, { pegawaiId: o.pegawai.id, jabatanId: w.kepalaJabatan.id, jenis: 'PLH', mulai: '2030-01-01', selesai: '2030-01-02', alasan: 'x', nomorSk: null })],
      ['endPenugasan', () => endPenugasan(actor, { penugasanId: o.penugasan.id, selesai: '2030-01-01' })],
      ['listPenugasanOpd', () => listPenugasanOpd(actor, o.opd.id)],
      ['cariPilihanPenugasan', () => cariPilihanPenugasan(actor, o.opd.id, { jenis: 'pegawai', q: 'pegawai' })],
      ['grantRole in a foreign OPD', () => grantRole(actor, { pegawaiId: w.kepala.id, role: 'PENCATAT', opdId: o.opd.id })],
      ['grantRole to a foreign person', () => grantRole(actor, { pegawaiId: o.pegawai.id, role: 'PENCATAT', opdId: w.opd.id })],
      ['grantRole admin instansi', () => grantRole(actor, { pegawaiId: w.kepala.id, role: 'ADMIN_INSTANSI', opdId: null })],
      ['revokeRole', () => revokeRole(actor, { roleGrantId: o.grant.id })],
      ['saveTemplatePenomoran', () => saveTemplatePenomoran(actor, { opdId: o.opd.id, jenis: null, template: '{nomor}/{tahun}', panjangNomor: 3, urutanPerJenis: false })],
      ['listTemplatePenomoran', () => listTemplatePenomoran(actor, o.opd.id)],
      ['listInstruksiDisposisi', () => listInstruksiDisposisi(actor, o.opd.id)],
      ['addInstruksiDisposisi', () => addInstruksiDisposisi(actor, { opdId: o.opd.id, teks: 'Palsu' })],
      ['setInstruksiAktif', () => setInstruksiAktif(actor, { instruksiId: o.instruksi.id, aktif: false })],
      ['importOpdCsv', () => importOpdCsv(actor, { opdId: o.opd.id, files: { unit: new TextEncoder().encode('kode,nama,jenis,kode_induk\nZ,Unit Z,BIDANG,\n') }, dryRun: false })],
      ['createKlasifikasi (admin instansi only)', () => createKlasifikasi(actor, { kode: '999', nama: 'Palsu' })],
      ['importKlasifikasiCsv (admin instansi only)', () => importKlasifikasiCsv(actor, { bytes: new TextEncoder().encode('kode,nama\n999,Palsu\n'), dryRun: false })],
    ];
    const accepted: string[] = [];
    for (const [name, call] of calls) {
      const outcome = await call().then(
        () => 'accepted',
        (e: unknown) => (e instanceof DomainError ? 'refused' : `crashed: ${String(e)}`),
      );
      if (outcome !== 'refused') accepted.push(`${name}: ${outcome}`);
    }
    expect(accepted).toEqual([]);
    expect(await snapshot(o.opd.id)).toBe(before);
  });

  it('filters lists to the own OPD whatever ids are asked for', async () => {
    const w = await createAdminWorld();
    const pegawai = await listPegawai(w.adminOpd, { opdId: w.other.opd.id });
    expect(pegawai.rows).toEqual([]);
    const all = await listPegawai(w.adminOpd, {});
    expect(all.rows.map((p) => p.id)).not.toContain(w.other.pegawai.id);
    expect(all.rows.map((p) => p.id)).toContain(w.kepala.id);
    expect((await listRoleGrants(w.adminOpd)).map((g) => g.id)).not.toContain(w.other.grant.id);
    const audit = await listAuditLog(w.adminInstansi, { halaman: 1 });
    await renameJabatan(w.adminInstansi, { id: w.other.jabatan.id, nama: 'Kepala B Baru' });
    expect((await listAuditLog(w.adminInstansi, { halaman: 1 })).total).toBe(audit.total + 1);
    const own = await listAuditLog(w.adminOpd, { halaman: 1, entity: 'Jabatan' });
    expect(own.rows.map((r) => r.entityId)).not.toContain(w.other.jabatan.id);
  });

  it('refuses a pegawai without an admin role everywhere', async () => {
    const w = await createAdminWorld();
    await expect(listPegawai(w.staff, {})).rejects.toBeInstanceOf(DomainError);
    await expect(getOrganisasiTree(w.staff, w.opd.id)).rejects.toBeInstanceOf(DomainError);
    await expect(listAuditLog(w.staff, { halaman: 1 })).rejects.toBeInstanceOf(DomainError);
    await expect(renameJabatan(w.staff, { id: w.kepalaJabatan.id, nama: 'X' })).rejects.toBeInstanceOf(DomainError);
  });
});
