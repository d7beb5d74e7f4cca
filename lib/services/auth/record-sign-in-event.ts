import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/authz/actor';
import type { AuthAuditAction, AuthAuditDetails } from '@/lib/domain/auth/audit-events';
import { recordAudit } from '@/lib/services/audit/record-audit';

export interface SignInSubject {
  id: string;
  instansiId: string;
  opdId: string;
}

/**
 * Records a sign-in event. A known account's row belongs to its OPD (its admin OPD sees it); an
 * identifier that matches nobody has no OPD, so only the admins of the instansi see it.
 */
export async function recordSignInEvent(
  tx: Prisma.TransactionClient,
  event: {
    action: AuthAuditAction;
    subject: SignInSubject | null;
    details: AuthAuditDetails;
    request?: Actor['request'];
  },
): Promise<void> {
  const { subject, details } = event;
  const actor = { pegawaiId: subject?.id ?? null, activePost: null, request: event.request };
  if (subject) {
    await recordAudit(tx, actor, { instansiId: subject.instansiId, opdId: subject.opdId, action: event.action, entityType: 'Pegawai', entityId: subject.id, after: { ...details } });
    return;
  }
  // An installation serves one instansi (one pemerintah daerah); its rows get the attempt.
  const instansi = await tx.instansi.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true } });
  if (!instansi) return;
  await recordAudit(tx, actor, { instansiId: instansi.id, opdId: null, action: event.action, entityType: 'AkunTidakDikenal', entityId: details.identifier ?? '', after: { ...details } });
}
