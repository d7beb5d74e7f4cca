import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';
import { createPegawai } from '@/lib/services/admin/create-pegawai';
import { grantRole } from '@/lib/services/admin/grant-role';
import { listPegawai } from '@/lib/services/admin/list-pegawai';
import { resetPegawaiPassword } from '@/lib/services/admin/reset-pegawai-password';
import { setPegawaiAktif } from '@/lib/services/admin/set-pegawai-aktif';
import { updatePegawai } from '@/lib/services/admin/update-pegawai';
import { randomNik, randomNip } from '../support/factories';
import { createAdminWorld } from './admin-world';

const fields = () => ({ nama: 'Siti Rahma', gelarDepan: null, gelarBelakang: 'S.E.', nip: randomNip(), nik: randomNik(), golongan: 'III/a', email: null });

describe('pegawai admin', () => {
  it('creates a pegawai who cannot sign in until a one-time password is issued', async () => {
    const w = await createAdminWorld();
    const input = fields();
    const { pegawaiId } = await createPegawai(w.adminOpd, { opdId: w.opd.id, ...input });
    expect(await verifyCredentials({ identifier: input.nip, password: '' })).toMatchObject({ ok: false });
    const { password } = await resetPegawaiPassword(w.adminOpd, { pegawaiId });
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(await verifyCredentials({ identifier: input.nip, password })).toMatchObject({ ok: true, pegawaiId });
    const audit = await prisma.auditLog.findMany({ where: { entityId: pegawaiId, action: { startsWith: 'pegawai.' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['pegawai.create', 'pegawai.resetPassword']);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(password);
  });

  it('refuses a duplicate NIP or e-mail, naming the field, and writes nothing', async () => {
    const w = await createAdminWorld();
    const count = await prisma.pegawai.count();
    await expect(createPegawai(w.adminOpd, { opdId: w.opd.id, ...fields(), nip: w.other.pegawai.nip })).rejects.toMatchObject({ fieldErrors: { nip: [expect.stringContaining('sudah terdaftar')] } });
    await expect(updatePegawai(w.adminOpd, { pegawaiId: w.kepala.id, ...fields(), email: w.other.pegawai.email })).rejects.toMatchObject({ fieldErrors: { email: [expect.any(String)] } });
    // A NIK in use is named on the NIK (the database's own refusal blamed the NIP or e-mail).
    await expect(createPegawai(w.adminOpd, { opdId: w.opd.id, ...fields(), nik: w.other.pegawai.nik })).rejects.toMatchObject({ fieldErrors: { nik: ['NIK sudah terdaftar untuk pegawai lain.'] } });
    expect(await prisma.pegawai.count()).toBe(count);
  });

  it('searches by name and NIP prefix, and deactivation takes effect', async () => {
    const w = await createAdminWorld();
    const input = { ...fields(), nama: `Zulkarnain ${w.opd.kode}` };
    const { pegawaiId } = await createPegawai(w.adminOpd, { opdId: w.opd.id, ...input });
    expect((await listPegawai(w.adminOpd, { q: `zulkarnain ${w.opd.kode.toLowerCase()}` })).rows.map((r) => r.id)).toEqual([pegawaiId]);
    expect((await listPegawai(w.adminOpd, { q: input.nip.slice(0, 14) })).rows.map((r) => r.id)).toContain(pegawaiId);
    await setPegawaiAktif(w.adminOpd, { pegawaiId, aktif: false });
    expect((await prisma.pegawai.findUniqueOrThrow({ where: { id: pegawaiId } })).aktif).toBe(false);
    await expect(setPegawaiAktif(w.adminOpd, { pegawaiId: w.adminOpd.pegawaiId, aktif: false })).rejects.toThrow('sendiri');
  });

  it('lets an admin OPD grant pencatat in their OPD but never admin instansi', async () => {
    const w = await createAdminWorld();
    await grantRole(w.adminOpd, { pegawaiId: w.kepala.id, role: 'PENCATAT', opdId: w.opd.id });
    await expect(grantRole(w.adminOpd, { pegawaiId: w.kepala.id, role: 'PENCATAT', opdId: w.opd.id })).rejects.toThrow('sudah mempunyai');
    await expect(grantRole(w.adminOpd, { pegawaiId: w.kepala.id, role: 'ADMIN_INSTANSI', opdId: null })).rejects.toThrow('Hanya admin instansi');
    await grantRole(w.adminInstansi, { pegawaiId: w.kepala.id, role: 'ADMIN_INSTANSI', opdId: null });
    expect((await prisma.roleGrant.findMany({ where: { pegawaiId: w.kepala.id } })).map((g) => g.role).sort()).toEqual(['ADMIN_INSTANSI', 'PENCATAT']);
  });
});
