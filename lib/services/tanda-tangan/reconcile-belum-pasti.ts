import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { BELUM_PASTI_COBA_PERIKSA_LAGI, BELUM_PASTI_TIDAK_TERKONFIRMASI } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getSigner } from '@/lib/signing';
import { SigningError, type PdfSigner } from '@/lib/signing/types';
import { prepareSigning } from './prepare-signing';
import { commitReconciled } from './sign-prepared';
import { signTimeoutMs, withTimeout } from './signing-errors';

/**
 * Settles a "belum pasti" naskah without signing it again: the signer backend is asked for the
 * document it accepted (BSrE v1 hands it over once by id_dokumen), and if it comes the naskah is
 * signed with the number it kept. When it cannot come (no id, already taken, unknown) the id is
 * dropped and the signer is told to check at BSrE before choosing "Tandatangani ulang"; when the
 * backend cannot be reached, nothing changes and the check can be repeated. No passphrase needed.
 */
export async function reconcileBelumPasti({ actor, naskahId, now = new Date() }: { actor: Actor; naskahId: string; now?: Date }, signer: PdfSigner = getSigner()) {
  const prepared = await prepareSigning(actor, naskahId, now);
  if (!prepared.naskah.reserved) throw new DomainError('Naskah ini tidak berstatus belum pasti; tidak ada yang perlu diperiksa.');
  const { idDokumenPenanda } = await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { idDokumenPenanda: true } });
  if (!idDokumenPenanda || !signer.fetchSigned) throw new DomainError(BELUM_PASTI_TIDAK_TERKONFIRMASI);

  let signed;
  try {
    signed = await withTimeout(signer.fetchSigned(idDokumenPenanda), signTimeoutMs());
  } catch (error) {
    if (error instanceof SigningError && error.retryable) throw new DomainError(BELUM_PASTI_COBA_PERIKSA_LAGI);
    await forgetDocumentId(actor, prepared.naskah, idDokumenPenanda, error instanceof SigningError ? error.code : 'INTERNAL');
    throw new DomainError(BELUM_PASTI_TIDAK_TERKONFIRMASI);
  }
  const outcome = await commitReconciled(actor, prepared, signed, signer.backend, now);
  if (!outcome.ok) throw outcome.error;
  return { naskahId, nomor: outcome.nomor, kodeVerifikasi: outcome.kodeVerifikasi, berkasId: outcome.berkasId };
}

/** The backend will not hand the document over: its id is no use, and the signer decides. */
async function forgetDocumentId(actor: Actor, naskah: { id: string; instansiId: string; opdId: string }, idDokumen: string, kode: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.naskah.updateMany({ where: { id: naskah.id, idDokumenPenanda: idDokumen }, data: { idDokumenPenanda: null, gagalTandaTanganAlasan: BELUM_PASTI_TIDAK_TERKONFIRMASI } });
    await recordAudit(tx, actor, { instansiId: naskah.instansiId, opdId: naskah.opdId, action: 'naskah.reconcileFail', entityType: 'Naskah', entityId: naskah.id, after: { idDokumen, kode } });
  });
}
