import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/authz/actor';

export interface AuditEntry {
  instansiId: string;
  opdId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Appends one audit row inside the caller's transaction, so the record and the change commit together. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  // pegawaiId null: an event without a person, such as a sign-in attempt with an unknown NIP.
  actor: (Pick<Actor, 'activePost' | 'request'> & { pegawaiId: string | null }) | null,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      instansiId: entry.instansiId,
      opdId: entry.opdId ?? null,
      actorPegawaiId: actor?.pegawaiId ?? null,
      actorJabatanId: actor?.activePost?.jabatanId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
      ip: actor?.request?.ip ?? null,
      userAgent: actor?.request?.userAgent?.slice(0, 500) ?? null,
    },
  });
}
