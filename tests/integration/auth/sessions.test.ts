import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { loadActor } from '@/lib/services/auth/load-actor';
import { signOut } from '@/lib/services/auth/sign-out';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';
import { setPegawaiAktif } from '@/lib/services/admin/set-pegawai-aktif';
import { resetPegawaiPassword } from '@/lib/services/admin/reset-pegawai-password';
import { grantRole } from '@/lib/services/admin/grant-role';
import { revokeRole } from '@/lib/services/admin/revoke-role';
import { assignPenugasan } from '@/lib/services/admin/assign-penugasan';
import { endPenugasan } from '@/lib/services/admin/end-penugasan';
import { createAdminWorld } from '../admin/admin-world';
import { penugasanSchema } from '@/lib/domain/admin/schemas';
import { createJabatan, createPegawai, TEST_PASSWORD } from '../support/factories';

/** Signs in like the sign-in form and returns the claims the session cookie would carry. */
async function signedIn(pegawai: { nip: string }) {
  const result = await verifyCredentials({ identifier: pegawai.nip, password: TEST_PASSWORD });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return { pegawaiId: result.pegawaiId, sesiId: result.sesiId };
}

/** What the next request with these claims gets (the loader every page and action goes through). */
const nextRequest = (claims: { pegawaiId: string; sesiId: string }) => loadActor(claims.pegawaiId, { sesiId: claims.sesiId });

describe('sessions that can be ended', () => {
  it('a session is accepted while open; signing out ends that session only, and is audited', async () => {
    const { kepala } = await createAdminWorld();
    const desktop = await signedIn(kepala);
    const phone = await signedIn(kepala);
    expect((await nextRequest(desktop))?.pegawaiId).toBe(kepala.id);

    await signOut({ ...desktop, request: { ip: '192.0.2.7', userAgent: 'uji' } });
    expect(await nextRequest(desktop)).toBeNull();
    expect((await nextRequest(phone))?.pegawaiId).toBe(kepala.id);
    const row = await prisma.auditLog.findFirstOrThrow({ where: { entityId: kepala.id, action: 'auth.logout' } });
    expect(row.ip).toBe('192.0.2.7');

    // Signing out twice (a copied cookie) changes nothing and writes nothing more.
    await signOut(desktop);
    expect(await prisma.auditLog.count({ where: { entityId: kepala.id, action: 'auth.logout' } })).toBe(1);
  });

  it('refuses claims without an open session row: a made-up id, another person\'s session, an expired one', async () => {
    const { kepala, adminOpdPegawai } = await createAdminWorld();
    const own = await signedIn(kepala);
    const other = await signedIn(adminOpdPegawai);
    expect(await nextRequest({ pegawaiId: kepala.id, sesiId: other.sesiId })).toBeNull();
    expect(await nextRequest({ pegawaiId: kepala.id, sesiId: '019abcde-0000-7000-8000-000000000000' })).toBeNull();
    expect(await nextRequest({ pegawaiId: kepala.id, sesiId: 'bukan-uuid' })).toBeNull();
    await prisma.sesi.update({ where: { id: own.sesiId }, data: { kedaluwarsa: new Date(Date.now() - 1000) } });
    expect(await nextRequest(own)).toBeNull();
  });

  it('deactivation ends every session of the person at once', async () => {
    const { adminOpd, instansi, opd } = await createAdminWorld();
    const target = await createPegawai(instansi.id, opd.id);
    const a = await signedIn(target);
    const b = await signedIn(target);
    await setPegawaiAktif(adminOpd, { pegawaiId: target.id, aktif: false });
    expect(await nextRequest(a)).toBeNull();
    expect(await nextRequest(b)).toBeNull();
    // Reactivating does not bring the old sessions back.
    await setPegawaiAktif(adminOpd, { pegawaiId: target.id, aktif: true });
    expect(await nextRequest(a)).toBeNull();
    expect((await prisma.sesi.findUniqueOrThrow({ where: { id: a.sesiId } })).alasanBerakhir).toBe('NONAKTIF');
  });

  it('a password reset ends the sessions of whoever held the old password', async () => {
    const { adminOpd, kepala } = await createAdminWorld();
    const claims = await signedIn(kepala);
    const { password } = await resetPegawaiPassword(adminOpd, { pegawaiId: kepala.id });
    expect(await nextRequest(claims)).toBeNull();
    const fresh = await verifyCredentials({ identifier: kepala.nip, password });
    expect(fresh.ok && (await nextRequest(fresh))?.pegawaiId).toBe(kepala.id);
  });

  it('granting or revoking a role ends the person\'s sessions', async () => {
    const { adminOpd, kepala, opd } = await createAdminWorld();
    const before = await signedIn(kepala);
    const { roleGrantId } = await grantRole(adminOpd, { pegawaiId: kepala.id, role: 'PENCATAT', opdId: opd.id });
    expect(await nextRequest(before)).toBeNull();
    const between = await signedIn(kepala);
    await revokeRole(adminOpd, { roleGrantId });
    expect(await nextRequest(between)).toBeNull();
  });

  it('assigning or ending a post ends the person\'s sessions', async () => {
    const { adminOpd, kepala, opd, kepalaJabatan } = await createAdminWorld();
    const post = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2 });
    const before = await signedIn(kepala);
    const today = new Date().toISOString().slice(0, 10);
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { penugasanId } = await assignPenugasan(adminOpd, penugasanSchema.parse({ pegawaiId: kepala.id, jabatanId: post.id, jenis: 'PLT', mulai: today, selesai: inAMonth, alasan: 'Jabatan kosong' }));
    expect(await nextRequest(before)).toBeNull();
    const between = await signedIn(kepala);
    await endPenugasan(adminOpd, { penugasanId, selesai: today });
    expect(await nextRequest(between)).toBeNull();
  });

  it('a refused admin change leaves sessions open (same transaction)', async () => {
    const { adminOpd, adminOpdPegawai } = await createAdminWorld();
    const own = await signedIn(adminOpdPegawai);
    await expect(setPegawaiAktif(adminOpd, { pegawaiId: adminOpdPegawai.id, aktif: false })).rejects.toThrow();
    expect((await nextRequest(own))?.pegawaiId).toBe(adminOpdPegawai.id);
  });
});
