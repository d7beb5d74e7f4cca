import type { Prisma } from '@/lib/generated/prisma/client';
import type { AlasanSesiBerakhir } from '@/lib/domain/auth/session';

/**
 * Ends every open session of these people, inside the caller's transaction: their next request
 * finds no open session and goes to the sign-in page, whatever cookie it carries.
 */
export async function endSessions(tx: Prisma.TransactionClient, pegawaiIds: string[], alasan: AlasanSesiBerakhir): Promise<void> {
  await tx.sesi.updateMany({ where: { pegawaiId: { in: pegawaiIds }, berakhirPada: null }, data: { berakhirPada: new Date(), alasanBerakhir: alasan } });
}
