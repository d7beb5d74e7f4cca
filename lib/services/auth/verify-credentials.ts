import { prisma } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import type { AlasanGagalMasuk } from '@/lib/domain/auth/audit-events';
import { SESSION_ABSOLUTE_HOURS } from '@/lib/domain/auth/session';
import { limitSignIn, signInSucceeded } from '@/lib/security/rate-limit';
import { claimSignInAttempt } from './claim-sign-in-attempt';
import { recordSignInEvent, type SignInSubject } from './record-sign-in-event';

export type CredentialsResult =
  | { ok: true; pegawaiId: string; sesiId: string }
  /** Unknown account, wrong password or locked account: deliberately one answer. */
  | { ok: false; reason: 'refused' }
  | { ok: false; reason: 'inactive' }
  | { ok: false; reason: 'limited'; retryAfterMs: number };

export interface VerifyCredentialsInput {
  /** NIP (18 digits) or e-mail, already validated by the sign-in schema. */
  identifier: string;
  password: string;
  request?: { ip?: string | null; userAgent?: string | null };
}

// A hash of a random password: unknown and locked accounts cost one argon2 verification like a
// wrong password, so response timing does not reveal which NIPs exist or which are locked.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$5bQZ0Is9HSYBkH0aqY0bcw$i6NQQKCEByLmiuqK4hM5gHyLxcGSEW8fo6LAfQq20TA';

/**
 * Signs a person in: rate limits first, then the lock-out counter (claimed atomically before the
 * password is compared), then the password; a success opens a session row. Every failure and every
 * lock is in the audit log, with the identifier tried and never the password.
 */
export async function verifyCredentials(input: VerifyCredentialsInput): Promise<CredentialsResult> {
  const identifier = input.identifier.trim().toLowerCase();
  const request = input.request;
  const limitKey = { identifier, address: request?.ip ?? null };
  const where = identifier.includes('@') ? { email: identifier } : { nip: identifier };
  const pegawai = await prisma.pegawai.findUnique({ where, select: { id: true, instansiId: true, opdId: true, passwordHash: true, aktif: true } });

  const limited = await limitSignIn(limitKey);
  if (limited) {
    if (limited.first) {
      const menit = Math.ceil(limited.retryAfterMs / 60_000);
      await prisma.$transaction((tx) => recordSignInEvent(tx, { action: 'auth.throttle', subject: pegawai, details: { identifier, menit }, request }));
    }
    return { ok: false, reason: 'limited', retryAfterMs: limited.retryAfterMs };
  }

  const refuse = async (subject: SignInSubject | null, alasan: AlasanGagalMasuk, locks = false): Promise<CredentialsResult> => {
    await prisma.$transaction(async (tx) => {
      await recordSignInEvent(tx, { action: 'auth.fail', subject, details: { identifier, alasan }, request });
      if (locks) await recordSignInEvent(tx, { action: 'auth.lock', subject, details: { identifier }, request });
    });
    return { ok: false, reason: 'refused' };
  };

  if (!pegawai) {
    await verifyPassword(DUMMY_HASH, input.password);
    return refuse(null, 'AKUN_TIDAK_DIKENAL');
  }
  const attempt = await claimSignInAttempt(prisma, pegawai.id);
  if (!attempt) {
    await verifyPassword(DUMMY_HASH, input.password);
    return refuse(pegawai, 'AKUN_TERKUNCI');
  }
  if (!(await verifyPassword(pegawai.passwordHash, input.password))) return refuse(pegawai, 'SANDI_SALAH', attempt.locks);

  // A deactivated person learns so only with the right password (loadActor refuses them anyway).
  if (!pegawai.aktif) {
    await refuse(pegawai, 'AKUN_NONAKTIF');
    return { ok: false, reason: 'inactive' };
  }

  const now = new Date();
  const sesi = await prisma.$transaction(async (tx) => {
    await tx.pegawai.update({ where: { id: pegawai.id }, data: { gagalMasuk: 0, terkunciSampai: null, terakhirMasuk: now } });
    // Sessions past their absolute end are no use to anyone; clear this person's on the way in.
    await tx.sesi.deleteMany({ where: { pegawaiId: pegawai.id, kedaluwarsa: { lte: now } } });
    const created = await tx.sesi.create({
      data: {
        pegawaiId: pegawai.id,
        kedaluwarsa: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000),
        ip: request?.ip ?? null,
        userAgent: request?.userAgent?.slice(0, 500) ?? null,
      },
      select: { id: true },
    });
    await recordSignInEvent(tx, { action: 'auth.login', subject: pegawai, details: {}, request });
    return created;
  });
  await signInSucceeded(limitKey);
  return { ok: true, pegawaiId: pegawai.id, sesiId: sesi.id };
}
