import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { MAX_FAILED_LOGINS } from '@/lib/domain/auth/lockout';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';
import { createWorld, createPegawai, randomNip, TEST_PASSWORD } from '../support/factories';

describe('verifyCredentials', () => {
  it('signs in by NIP and by e-mail, resets the counter and writes an audit row', async () => {
    const { kepala } = await createWorld();
    await prisma.pegawai.update({ where: { id: kepala.id }, data: { gagalMasuk: 3 } });

    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD })).toEqual({ ok: true, pegawaiId: kepala.id });
    expect(await verifyCredentials({ identifier: kepala.email!.toUpperCase(), password: TEST_PASSWORD })).toEqual({ ok: true, pegawaiId: kepala.id });

    const after = await prisma.pegawai.findUniqueOrThrow({ where: { id: kepala.id } });
    expect(after.gagalMasuk).toBe(0);
    expect(after.terakhirMasuk).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { entityId: kepala.id, action: 'auth.login' } })).toBe(2);
  });

  it('refuses a wrong password and an unknown NIP with the same answer', async () => {
    const { kepala } = await createWorld();
    expect(await verifyCredentials({ identifier: kepala.nip, password: 'salah' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials({ identifier: randomNip(), password: 'salah' })).toEqual({ ok: false, reason: 'invalid' });
    expect((await prisma.pegawai.findUniqueOrThrow({ where: { id: kepala.id } })).gagalMasuk).toBe(1);
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right password`, async () => {
    const { kepala } = await createWorld();
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      expect((await verifyCredentials({ identifier: kepala.nip, password: `salah${i}` })).ok).toBe(false);
    }
    const locked = await verifyCredentials({ identifier: kepala.nip, password: 'salah lagi' });
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD })).toMatchObject({ ok: false, reason: 'locked' });
    expect(await prisma.auditLog.count({ where: { entityId: kepala.id, action: 'auth.locked' } })).toBe(1);
  });

  it('refuses an inactive account only after the right password, without revealing it otherwise', async () => {
    const { instansi, opd } = await createWorld();
    const nonaktif = await createPegawai(instansi.id, opd.id, { aktif: false });
    expect(await verifyCredentials({ identifier: nonaktif.nip, password: 'salah' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyCredentials({ identifier: nonaktif.nip, password: TEST_PASSWORD })).toEqual({ ok: false, reason: 'inactive' });
  });
});
