// Warns, 30 days ahead, that a signing certificate is about to expire (a mock CA certificate, or the
// one BSrE last signed with, kept by recordSertifikatBsre since BSrE's status gives no date): its holder and the admins
// of the holder's OPD and instansi hear of it through notify() (bell, and e-mail, WhatsApp or push
// as each chose), once per certificate. A plain function taking `now` (run daily by the job queue);
// idempotent, so a second run the same day writes nothing.
import { prisma } from '@/lib/db';
import { PERINGATAN_KEDALUWARSA_HARI } from '@/lib/domain/tanda-tangan/sertifikat-status';
import { notify } from '@/lib/services/notifikasi/notify';

export interface CertificateExpiryReport {
  /** Certificates warned about in this run. */
  certificates: number;
  /** Notifikasi rows written (holder plus admins). */
  notifikasi: number;
}

export async function runCertificateExpiry({ now }: { now: Date }): Promise<CertificateExpiryReport> {
  const until = new Date(now.getTime() + PERINGATAN_KEDALUWARSA_HARI * 86_400_000);
  const expiring = await prisma.sertifikatElektronik.findMany({
    where: { status: 'ISSUE', diperingatkanPada: null, pegawaiId: { not: null }, notAfter: { gt: now, lte: until }, pegawai: { aktif: true } },
    select: { id: true, notAfter: true, pegawaiId: true },
  });
  let notifikasi = 0;
  let certificates = 0;
  for (const cert of expiring) {
    const pegawaiId = cert.pegawaiId!;
    // A newer certificate of the same holder that outlives the window makes the warning moot.
    const renewed = await prisma.sertifikatElektronik.count({ where: { pegawaiId, status: 'ISSUE', notAfter: { gt: until } } });
    // Claimed and told together: two runs at once cannot both warn.
    const written = await prisma.$transaction(async (tx) => {
      const claimed = await tx.sertifikatElektronik.updateMany({ where: { id: cert.id, diperingatkanPada: null }, data: { diperingatkanPada: now } });
      if (!claimed.count || renewed) return 0;
      return notify(tx, { jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA', pegawaiId, berlakuSampai: cert.notAfter, kunci: `sertifikat:${cert.id}` }, { now });
    });
    if (written) certificates += 1;
    notifikasi += written;
  }
  return { certificates, notifikasi };
}
