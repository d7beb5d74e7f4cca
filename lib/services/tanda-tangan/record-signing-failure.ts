import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import type { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { notify } from '@/lib/services/notifikasi/notify';
import type { PreparedSigning } from './prepare-signing';

/** Saves the reason beside the still-waiting naskah, for the signer to read. */
export async function recordSigningFailure(actor: Actor, item: PreparedSigning, failure: SignNaskahError): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const updated = await tx.naskah.updateMany({ where: { id: item.naskah.id, status: 'MENUNGGU_TANDA_TANGAN' }, data: { gagalTandaTanganAlasan: failure.message } });
    if (!updated.count) return;
    await recordAudit(tx, actor, {
      instansiId: item.naskah.instansiId,
      opdId: item.naskah.opdId,
      action: 'naskah.signFail',
      entityType: 'Naskah',
      entityId: item.naskah.id,
      after: { kode: failure.code, alasan: failure.message },
    });
    await notify(tx, { jenis: 'TANDA_TANGAN_GAGAL', naskahId: item.naskah.id, alasan: failure.message });
  });
}
