import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import type { LanggananPushInput } from '@/lib/domain/push/langganan-schema';

/** A phone has this many subscriptions at most per person; the oldest goes first. */
const MAX_PER_PEGAWAI = 10;

/**
 * Keeps this browser's push subscription for the signed-in person. An endpoint belongs to one
 * browser profile: on a shared phone it moves to whoever subscribed last.
 */
export async function saveLanggananPush(actor: Actor, input: LanggananPushInput, userAgent: string | null): Promise<void> {
  const data = { pegawaiId: actor.pegawaiId, p256dh: input.keys.p256dh, auth: input.keys.auth, userAgent: userAgent?.slice(0, 300) ?? null };
  await prisma.langgananPush.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data });
  const extra = await prisma.langgananPush.findMany({ where: { pegawaiId: actor.pegawaiId }, orderBy: { createdAt: 'desc' }, skip: MAX_PER_PEGAWAI, select: { id: true } });
  if (extra.length) await prisma.langgananPush.deleteMany({ where: { id: { in: extra.map((e) => e.id) } } });
}

