import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { recordSignInEvent } from './record-sign-in-event';

/**
 * Ends the one session the cookie names (the person's other devices stay signed in) and records
 * the sign-out. A session that was already over changes nothing.
 */
export async function signOut(input: { pegawaiId: string; sesiId: string; request?: Actor['request'] }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const ended = await tx.sesi.updateMany({
      where: { id: input.sesiId, pegawaiId: input.pegawaiId, berakhirPada: null },
      data: { berakhirPada: new Date(), alasanBerakhir: 'KELUAR' },
    });
    if (ended.count === 0) return;
    const subject = await tx.pegawai.findUnique({ where: { id: input.pegawaiId }, select: { id: true, instansiId: true, opdId: true } });
    if (subject) await recordSignInEvent(tx, { action: 'auth.logout', subject, details: {}, request: input.request });
  });
}
