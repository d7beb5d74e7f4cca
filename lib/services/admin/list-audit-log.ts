import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { auditScope } from '@/lib/authz/scope';
import type { AuditFilter } from '@/lib/domain/admin/schemas';
import { describeAuthAudit } from '@/lib/domain/auth/audit-events';

export const AUDIT_PAGE_SIZE = 50;

/** The audit trail of the actor's scope, newest first, filtered by actor (name/NIP), entity and dates. */
export async function listAuditLog(actor: Actor, filter: AuditFilter) {
  assertCan(actor, 'audit.view');
  const actorIds = filter.actor
    ? (
        await prisma.pegawai.findMany({
          where: { instansiId: actor.instansiId, OR: [{ nip: { startsWith: filter.actor } }, { nama: { contains: filter.actor, mode: 'insensitive' } }] },
          select: { id: true },
          take: 200,
        })
      ).map((p) => p.id)
    : null;
  const where = {
    ...auditScope(actor),
    ...(actorIds ? { actorPegawaiId: { in: actorIds } } : {}),
    ...(filter.entity ? { entityType: filter.entity } : {}),
    ...(filter.dari || filter.sampai
      ? { createdAt: { ...(filter.dari ? { gte: new Date(`${filter.dari}T00:00:00+07:00`) } : {}), ...(filter.sampai ? { lt: new Date(new Date(`${filter.sampai}T00:00:00+07:00`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (filter.halaman - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  const names = new Map(
    (await prisma.pegawai.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.actorPegawaiId).filter((x): x is string => !!x))] } }, select: { id: true, nama: true } })).map((p) => [p.id, p.nama]),
  );
  return {
    total,
    halaman: filter.halaman,
    rows: rows.map((r) => ({ id: String(r.id), createdAt: r.createdAt, action: r.action, entityType: r.entityType, entityId: r.entityId, actor: r.actorPegawaiId ? (names.get(r.actorPegawaiId) ?? '—') : r.entityType === 'AkunTidakDikenal' ? 'Tidak dikenal' : 'Sistem', keterangan: describeAuthAudit(r.action, r.after) })),
  };
}
