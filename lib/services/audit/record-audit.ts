import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/authz/actor';
import type { AksiAudit, EntitasAudit, RincianAuditUntuk } from '@/lib/domain/audit/aksi-audit';

export type AuditEntry<A extends AksiAudit = AksiAudit> = {
  instansiId: string;
  opdId?: string | null;
  action: A;
  entityType: EntitasAudit;
  entityId: string;
} & RincianAuditUntuk<A>;

/** Appends one audit row inside the caller's transaction, so the record and the change commit together. */
export async function recordAudit<A extends AksiAudit>(
  tx: Prisma.TransactionClient,
  // pegawaiId null: an event without a person, such as a sign-in attempt with an unknown NIP.
  actor: (Pick<Actor, 'activePost' | 'request'> & { pegawaiId: string | null }) | null,
  entry: AuditEntry<A>,
): Promise<void> {
  const { before, after } = entry as { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };
  await tx.auditLog.create({
    data: {
      instansiId: entry.instansiId,
      opdId: entry.opdId ?? null,
      actorPegawaiId: actor?.pegawaiId ?? null,
      actorJabatanId: actor?.activePost?.jabatanId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before,
      after,
      ip: actor?.request?.ip ?? null,
      userAgent: actor?.request?.userAgent?.slice(0, 500) ?? null,
    },
  });
}
