import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { MAX_FAILED_LOGINS } from '@/lib/domain/auth/lockout';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';
import { createWorld, createPegawai, randomNip, TEST_PASSWORD } from '../support/factories';

const gagal = (pegawaiId: string, alasan: string) =>
  prisma.auditLog.count({ where: { entityId: pegawaiId, action: 'auth.fail', after: { path: ['alasan'], equals: alasan } } });

describe('verifyCredentials', () => {
  it('signs in by NIP and by e-mail, resets the counter, opens a session and writes an audit row', async () => {
    const { kepala } = await createWorld();
    await prisma.pegawai.update({ where: { id: kepala.id }, data: { gagalMasuk: 3 } });

    const byNip = await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD });
    const byEmail = await verifyCredentials({ identifier: kepala.email!.toUpperCase(), password: TEST_PASSWORD });
    expect(byNip).toMatchObject({ ok: true, pegawaiId: kepala.id });
    expect(byEmail).toMatchObject({ ok: true, pegawaiId: kepala.id });

    const after = await prisma.pegawai.findUniqueOrThrow({ where: { id: kepala.id } });
    expect(after.gagalMasuk).toBe(0);
    expect(after.terakhirMasuk).not.toBeNull();
    const sesi = await prisma.sesi.findMany({ where: { pegawaiId: kepala.id } });
    expect(sesi.map((s) => s.id).sort()).toEqual([byNip, byEmail].map((r) => (r.ok ? r.sesiId : '')).sort());
    expect(await prisma.auditLog.count({ where: { entityId: kepala.id, action: 'auth.login' } })).toBe(2);
  });

  it('gives an unknown NIP, a wrong password and a locked account the same answer', async () => {
    const { kepala } = await createWorld();
    const unknown = randomNip();
    expect(await verifyCredentials({ identifier: unknown, password: 'salah' })).toEqual({ ok: false, reason: 'refused' });
    expect(await verifyCredentials({ identifier: kepala.nip, password: 'salah' })).toEqual({ ok: false, reason: 'refused' });
    await prisma.pegawai.update({ where: { id: kepala.id }, data: { terkunciSampai: new Date(Date.now() + 60_000) } });
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD })).toEqual({ ok: false, reason: 'refused' });

    // The audit log tells the admin what happened, with the identifier tried and never the password.
    expect(await gagal(kepala.id, 'SANDI_SALAH')).toBe(1);
    expect(await gagal(kepala.id, 'AKUN_TERKUNCI')).toBe(1);
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.fail', entityType: 'AkunTidakDikenal', entityId: unknown } });
    expect(row).toMatchObject({ actorPegawaiId: null, opdId: null, after: { identifier: unknown, alasan: 'AKUN_TIDAK_DIKENAL' } });
    expect(JSON.stringify({ ...row, id: String(row.id) })).not.toContain('salah');
  });

  it('takes about as long for an unknown, a wrong and a locked account (one argon2 check each)', async () => {
    const { kepala, instansi, opd } = await createWorld();
    const locked = await createPegawai(instansi.id, opd.id);
    await prisma.pegawai.update({ where: { id: locked.id }, data: { terkunciSampai: new Date(Date.now() + 600_000) } });
    const time = async (identifier: string) => {
      const started = performance.now();
      await verifyCredentials({ identifier, password: 'salah' });
      return performance.now() - started;
    };
    // The three interleaved, three rounds after a warm-up, each kept at its fastest: a burst of load
    // elsewhere on the machine only adds time, and lands on all three alike (a median of three each,
    // run one after another, failed when the burst fell on one of them).
    const ids = [randomNip(), kepala.nip, locked.nip];
    for (const id of ids) await time(id);
    const fastest = [Infinity, Infinity, Infinity];
    for (let round = 0; round < 3; round++) for (const [i, id] of ids.entries()) fastest[i] = Math.min(fastest[i]!, await time(id));
    const [unknown, wrong, lockedMs] = fastest as [number, number, number];
    // A lookup that skipped argon2 would answer in a few milliseconds; argon2 here takes tens.
    for (const ms of [unknown, lockedMs]) expect(ms).toBeGreaterThan(wrong * 0.5);
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} wrong passwords, even for the right password`, async () => {
    const { kepala } = await createWorld();
    for (let i = 1; i <= MAX_FAILED_LOGINS; i++) {
      expect(await verifyCredentials({ identifier: kepala.nip, password: `salah${i}` })).toEqual({ ok: false, reason: 'refused' });
    }
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD })).toEqual({ ok: false, reason: 'refused' });
    expect(await prisma.auditLog.count({ where: { entityId: kepala.id, action: 'auth.lock' } })).toBe(1);
  });

  it('a right password on the last allowed attempt signs in and unlocks', async () => {
    const { kepala } = await createWorld();
    await prisma.pegawai.update({ where: { id: kepala.id }, data: { gagalMasuk: MAX_FAILED_LOGINS - 1 } });
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(await prisma.pegawai.findUniqueOrThrow({ where: { id: kepala.id } })).toMatchObject({ gagalMasuk: 0, terkunciSampai: null });
  });

  it('starts a fresh count once the lock has expired', async () => {
    const { kepala } = await createWorld();
    await prisma.pegawai.update({ where: { id: kepala.id }, data: { gagalMasuk: MAX_FAILED_LOGINS, terkunciSampai: new Date(Date.now() - 1000) } });
    expect(await verifyCredentials({ identifier: kepala.nip, password: 'salah' })).toEqual({ ok: false, reason: 'refused' });
    expect(await prisma.pegawai.findUniqueOrThrow({ where: { id: kepala.id } })).toMatchObject({ gagalMasuk: 1, terkunciSampai: null });
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD })).toMatchObject({ ok: true });
  });

  it('25 parallel wrong passwords (NIP and e-mail alternating) lock the account after exactly the limit', async () => {
    const { kepala } = await createWorld();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => verifyCredentials({ identifier: i % 2 ? kepala.email! : kepala.nip, password: `tebakan-${i}` })),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    const pegawai = await prisma.pegawai.findUniqueOrThrow({ where: { id: kepala.id } });
    expect(pegawai.gagalMasuk).toBe(MAX_FAILED_LOGINS);
    expect(pegawai.terkunciSampai!.getTime()).toBeGreaterThan(Date.now());
    // Exactly MAX_FAILED_LOGINS passwords were compared; every other attempt found the account
    // locked, or was stopped by the per-identifier rate limit before that.
    expect(await gagal(kepala.id, 'SANDI_SALAH')).toBe(MAX_FAILED_LOGINS);
    const limited = results.filter((r) => !r.ok && r.reason === 'limited').length;
    expect(await gagal(kepala.id, 'AKUN_TERKUNCI')).toBe(25 - MAX_FAILED_LOGINS - limited);
    expect(limited).toBe(25 - 2 * RATE_LIMITS.masukAkun.points);
    expect(await prisma.auditLog.count({ where: { entityId: kepala.id, action: 'auth.lock' } })).toBe(1);
    // The right password is refused too while the lock lasts.
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD })).toMatchObject({ ok: false });
  });

  it('refuses an inactive account only after the right password, without revealing it otherwise', async () => {
    const { instansi, opd } = await createWorld();
    const nonaktif = await createPegawai(instansi.id, opd.id, { aktif: false });
    expect(await verifyCredentials({ identifier: nonaktif.nip, password: 'salah' })).toEqual({ ok: false, reason: 'refused' });
    expect(await verifyCredentials({ identifier: nonaktif.nip, password: TEST_PASSWORD })).toEqual({ ok: false, reason: 'inactive' });
    expect(await prisma.sesi.count({ where: { pegawaiId: nonaktif.id } })).toBe(0);
  });

  it('refuses an identifier past its rate limit with the minutes to wait, known or not, and records it once', async () => {
    const { kepala } = await createWorld();
    for (const identifier of [kepala.email!, `tidak.ada.${Date.now()}@uji.go.id`]) {
      const results = [];
      for (let i = 0; i < RATE_LIMITS.masukAkun.points + 2; i++) results.push(await verifyCredentials({ identifier, password: 'salah' }));
      expect(results.slice(0, RATE_LIMITS.masukAkun.points).every((r) => !r.ok && r.reason === 'refused')).toBe(true);
      for (const r of results.slice(RATE_LIMITS.masukAkun.points)) {
        expect(r).toMatchObject({ ok: false, reason: 'limited' });
        expect(!r.ok && r.reason === 'limited' && r.retryAfterMs).toBeGreaterThan(14 * 60_000);
      }
      expect(await prisma.auditLog.count({ where: { action: 'auth.throttle', after: { path: ['identifier'], equals: identifier } } })).toBe(1);
    }
  });

  it('counts failures per client address across identifiers; a success gives its point back', async () => {
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const { kepala } = await createWorld();
    const request = { ip, userAgent: 'uji' };
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD, request })).toMatchObject({ ok: true });
    for (let i = 0; i < RATE_LIMITS.masukAlamat.points; i++) {
      expect(await verifyCredentials({ identifier: randomNip(), password: 'salah', request })).toMatchObject({ reason: 'refused' });
    }
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD, request })).toMatchObject({ ok: false, reason: 'limited' });
    expect(await verifyCredentials({ identifier: kepala.nip, password: TEST_PASSWORD, request: { ip: '10.255.255.1', userAgent: 'uji' } })).toMatchObject({ ok: true });
  });
});
