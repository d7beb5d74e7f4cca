import { prisma } from '@/lib/db';
import { literalLike } from '@/lib/domain/input/like';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { auditScope } from '@/lib/authz/scope';
import type { AuditFilter } from '@/lib/domain/admin/schemas';
import { describeAudit } from '@/lib/domain/audit/describe-audit';
import { resolveAuditObjects } from '@/lib/services/audit/resolve-audit-objects';

export const AUDIT_PAGE_SIZE = 50;

/** The audit trail of the actor's scope, newest first, filtered by actor (name/NIP), entity, action and dates. */
export async function listAuditLog(actor: Actor, filter: AuditFilter) {
  assertCan(actor, 'audit.view');
  const actorIds = filter.actor
    ? (
        await prisma.pegawai.findMany({
          where: { instansiId: actor.instansiId, OR: [{ nip: { startsWith: literalLike(filter.actor) } }, { nama: { contains: literalLike(filter.actor), mode: 'insensitive' } }] },
          select: { id: true },
          take: 200,
        })
      ).map((p) => p.id)
    : null;
  const where = {
    ...auditScope(actor),
    ...(actorIds ? { actorPegawaiId: { in: actorIds } } : {}),
    ...(filter.entity ? { entityType: filter.entity } : {}),
    ...(filter.aksi ? { action: filter.aksi } : {}),
    ...(filter.dari || filter.sampai
      ? { createdAt: { ...(filter.dari ? { gte: new Date(`${filter.dari}T00:00:00+07:00`) } : {}), ...(filter.sampai ? { lt: new Date(new Date(`${filter.sampai}T00:00:00+07:00`).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (filter.halaman - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  const [names, objects] = await Promise.all([
    prisma.pegawai
      .findMany({ where: { id: { in: [...new Set(rows.map((r) => r.actorPegawaiId).filter((x): x is string => !!x))] } }, select: { id: true, nama: true } })
      .then((list) => new Map(list.map((p) => [p.id, p.nama]))),
    resolveAuditObjects(rows),
  ]);
  return {
    total,
    halaman: filter.halaman,
    rows: rows.map((r) => {
      const pelaku = r.actorPegawaiId ? (names.get(r.actorPegawaiId) ?? '—') : r.entityType === 'AkunTidakDikenal' ? 'Seseorang' : 'Sistem';
      // Signing in and out is about the person themself: the sentence needs no object.
      const objek = r.action.startsWith('auth.') ? null : (objects.get(String(r.id)) ?? null);
      return { id: String(r.id), createdAt: r.createdAt, action: r.action, entityId: r.entityId, ...describeAudit(r, pelaku, objek) };
    }),
  };
}
