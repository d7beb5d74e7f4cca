import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';

/** Turns notifications off for this browser (only the person's own subscription). */
export async function deleteLanggananPush(actor: Actor, endpoint: string): Promise<void> {
  await prisma.langgananPush.deleteMany({ where: { endpoint, pegawaiId: actor.pegawaiId } });
}
