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

type AuditActor = (Pick<Actor, 'activePost' | 'request'> & { pegawaiId: string | null }) | null;

function auditRow(actor: AuditActor, entry: AuditEntry) {
  const { before, after } = entry as { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue };
  return {
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
  };
}

/** Appends one audit row inside the caller's transaction, so the record and the change commit together. */
export async function recordAudit<A extends AksiAudit>(
  tx: Prisma.TransactionClient,
  // pegawaiId null: an event without a person, such as a sign-in attempt with an unknown NIP.
  actor: AuditActor,
  entry: AuditEntry<A>,
): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry as AuditEntry) });
}

/** Appends one audit row per entry in one statement (a penyusutan's hundreds of records). */
export async function recordAuditMany<A extends AksiAudit>(tx: Prisma.TransactionClient, actor: AuditActor, entries: AuditEntry<A>[]): Promise<void> {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map((e) => auditRow(actor, e as AuditEntry)) });
}
