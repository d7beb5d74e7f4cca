import { randomInt } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { hashPassword } from '@/lib/auth/password';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { endSessions } from '@/lib/services/auth/end-sessions';
import { getPegawaiInScopeOrThrow } from './scoped-loaders';

// No 0/O, 1/l/I: the admin reads it out or writes it down for the person.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

function temporaryPassword(length = 12): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/**
 * Issues a one-time password (shown once to the admin, stored only as a hash), unlocks the account
 * and ends its sessions: whoever held the old password is signed out too.
 */
export async function resetPegawaiPassword(actor: Actor, input: { pegawaiId: string }): Promise<{ password: string }> {
  const pegawai = await getPegawaiInScopeOrThrow(actor, input.pegawaiId);
  assertCan(actor, 'pegawai.manage', { opdId: pegawai.opdId });
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    await tx.pegawai.update({ where: { id: pegawai.id }, data: { passwordHash, gagalMasuk: 0, terkunciSampai: null } });
    await endSessions(tx, [pegawai.id], 'SANDI_DIATUR_ULANG');
    await recordAudit(tx, actor, { instansiId: pegawai.instansiId, opdId: pegawai.opdId, action: 'pegawai.resetPassword', entityType: 'Pegawai', entityId: pegawai.id });
  });
  return { password };
}
