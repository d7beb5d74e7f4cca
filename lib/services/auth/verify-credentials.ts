import { prisma } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { afterFailedLogin, isLocked, minutesUntilUnlocked } from '@/lib/domain/auth/lockout';
import { recordAudit } from '@/lib/services/audit/record-audit';

export type CredentialsResult =
  | { ok: true; pegawaiId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'inactive' }
  | { ok: false; reason: 'locked'; minutes: number };

export interface VerifyCredentialsInput {
  /** NIP (18 digits) or e-mail, already validated by the sign-in schema. */
  identifier: string;
  password: string;
  request?: { ip?: string | null; userAgent?: string | null };
}

// A hash of a random password, so an unknown NIP costs the same time as a wrong password and
// response timing does not reveal which NIPs exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$5bQZ0Is9HSYBkH0aqY0bcw$i6NQQKCEByLmiuqK4hM5gHyLxcGSEW8fo6LAfQq20TA';

export async function verifyCredentials(input: VerifyCredentialsInput): Promise<CredentialsResult> {
  const identifier = input.identifier.trim();
  const where = identifier.includes('@') ? { email: identifier.toLowerCase() } : { nip: identifier };
  const pegawai = await prisma.pegawai.findUnique({ where });
  const now = new Date();

  if (!pegawai) {
    await verifyPassword(DUMMY_HASH, input.password);
    return { ok: false, reason: 'invalid' };
  }
  if (isLocked(pegawai, now)) return { ok: false, reason: 'locked', minutes: minutesUntilUnlocked(pegawai, now) };

  const passwordOk = await verifyPassword(pegawai.passwordHash, input.password);
  const actor = { pegawaiId: pegawai.id, activePost: null, request: input.request };

  if (!passwordOk) {
    const next = afterFailedLogin(pegawai, now);
    await prisma.$transaction(async (tx) => {
      await tx.pegawai.update({ where: { id: pegawai.id }, data: next });
      if (next.terkunciSampai) {
        await recordAudit(tx, actor, {
          instansiId: pegawai.instansiId,
          opdId: pegawai.opdId,
          action: 'auth.locked',
          entityType: 'Pegawai',
          entityId: pegawai.id,
          after: { gagalMasuk: next.gagalMasuk, terkunciSampai: next.terkunciSampai.toISOString() },
        });
      }
    });
    return next.terkunciSampai
      ? { ok: false, reason: 'locked', minutes: minutesUntilUnlocked(next, now) }
      : { ok: false, reason: 'invalid' };
  }
  if (!pegawai.aktif) return { ok: false, reason: 'inactive' };

  await prisma.$transaction(async (tx) => {
    await tx.pegawai.update({
      where: { id: pegawai.id },
      data: { gagalMasuk: 0, terkunciSampai: null, terakhirMasuk: now },
    });
    await recordAudit(tx, actor, {
      instansiId: pegawai.instansiId,
      opdId: pegawai.opdId,
      action: 'auth.login',
      entityType: 'Pegawai',
      entityId: pegawai.id,
    });
  });
  return { ok: true, pegawaiId: pegawai.id };
}
