import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { sertifikatNotice, type SertifikatNotice } from '@/lib/domain/tanda-tangan/sertifikat-status';
import { getSigner } from '@/lib/signing';
import type { PdfSigner } from '@/lib/signing/types';
import { withTimeout } from './signing-errors';

/** A status check on a page must not hold the page: beyond this, no notice is shown. */
const PAGE_STATUS_TIMEOUT_MS = 3_000;

/**
 * The actor's certificate as the signer backend reports it, shown on the signing page before the
 * passphrase is typed ("sudah kedaluwarsa", "dicabut"...), and a warning within 30 days of expiry
 * when the expiry is known (the mock CA's own certificates; BSrE's from an earlier signing). Null
 * when all is well or unknown.
 */
export async function readSertifikatPenandatangan(actor: Actor, signer: PdfSigner = getSigner(), now = new Date()): Promise<SertifikatNotice> {
  const { nik } = await prisma.pegawai.findUniqueOrThrow({ where: { id: actor.pegawaiId }, select: { nik: true } });
  let status;
  try {
    status = await withTimeout(signer.checkStatus(nik), PAGE_STATUS_TIMEOUT_MS);
  } catch {
    return null;
  }
  const latest = await prisma.sertifikatElektronik.findFirst({
    where: { nik, penerbit: signer.backend === 'bsre' ? 'BSRE' : 'MOCK_CA' },
    orderBy: { notAfter: 'desc' },
    select: { notAfter: true },
  });
  return sertifikatNotice(status, latest?.notAfter ?? null, now);
}
