import { prisma } from '@/lib/db';
import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { notifikasiScope } from '@/lib/authz/scope';
import { notifikasiMilikSql } from '@/lib/authz/scope-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import { LENCANA_MAKS } from '@/lib/domain/lencana';

const SELECT = { id: true, judul: true, pesan: true, tautan: true, readAt: true, createdAt: true } as const;
/** More unread than this is not a list anyone reads; the badge says 99+ long before. */
const MAX_UNREAD = 500;

/** Every unread notification (so the list agrees with the badge), newest first, then the latest read ones. */
export async function listNotifikasi(actor: Actor, { take = 50 }: { take?: number } = {}) {
  const [unread, read] = await Promise.all([
    prisma.notifikasi.findMany({ where: { ...notifikasiScope(actor), readAt: null }, orderBy: { createdAt: 'desc' }, take: MAX_UNREAD, select: SELECT }),
    prisma.notifikasi.findMany({ where: { ...notifikasiScope(actor), readAt: { not: null } }, orderBy: { createdAt: 'desc' }, take, select: SELECT }),
  ]);
  return [...unread, ...read];
}

/**
 * Unread notifications, for the badge in the header of every page, counted up to one past what the
 * badge shows (LENCANA_MAKS): one prepared statement (lib/db/statement-name.ts), an index range on
 * (pegawaiId, readAt) planned alike for anyone.
 */
export async function countNotifikasiBelumDibaca(actor: Actor): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(
    Prisma.sql`/* prepared */ SELECT count(*)::int AS n FROM (SELECT 1 FROM "Notifikasi" t WHERE ${notifikasiMilikSql(actor, 't')} AND t."readAt" IS NULL LIMIT ${LENCANA_MAKS + 1}) t`,
  );
  return n;
}
