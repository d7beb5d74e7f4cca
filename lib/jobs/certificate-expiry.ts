// Warns, 30 days ahead, that a signing certificate is about to expire: its holder and the admins
// of the holder's OPD and instansi get an in-app Notifikasi, once per certificate. A plain function
// taking `now` (run daily by the job queue); idempotent, so a second run the same day writes nothing.
import { prisma } from '@/lib/db';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { PERINGATAN_KEDALUWARSA_HARI, peringatanKedaluwarsa } from '@/lib/domain/tanda-tangan/sertifikat-status';

export interface CertificateExpiryReport {
  /** Certificates warned about in this run. */
  certificates: number;
  /** Notifikasi rows written (holder plus admins). */
  notifikasi: number;
}

export async function runCertificateExpiry({ now }: { now: Date }): Promise<CertificateExpiryReport> {
  const until = new Date(now.getTime() + PERINGATAN_KEDALUWARSA_HARI * 86_400_000);
  const expiring = await prisma.sertifikatElektronik.findMany({
    where: { status: 'ISSUE', diperingatkanPada: null, pegawaiId: { not: null }, notAfter: { gt: now, lte: until } },
    select: { id: true, notAfter: true, pegawai: { select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, opdId: true, instansiId: true, aktif: true } } },
  });
  let notifikasi = 0;
  let certificates = 0;
  for (const cert of expiring) {
    const holder = cert.pegawai!;
    if (!holder.aktif) continue;
    // A newer certificate of the same holder that outlives the window makes the warning moot.
    const renewed = await prisma.sertifikatElektronik.count({ where: { pegawaiId: holder.id, status: 'ISSUE', notAfter: { gt: until } } });
    const admins = await prisma.roleGrant.findMany({
      where: { pegawai: { aktif: true, instansiId: holder.instansiId }, OR: [{ role: 'ADMIN_INSTANSI' }, { role: 'ADMIN_OPD', opdId: holder.opdId }] },
      select: { pegawaiId: true },
    });
    const nama = namaLengkap(holder);
    const rows = renewed
      ? []
      : [
          { pegawaiId: holder.id, ...peringatanKedaluwarsa(nama, cert.notAfter, now, true) },
          ...[...new Set(admins.map((a) => a.pegawaiId))].filter((id) => id !== holder.id).map((pegawaiId) => ({ pegawaiId, ...peringatanKedaluwarsa(nama, cert.notAfter, now, false) })),
        ];
    // Claimed and written together: two runs at once cannot both warn.
    const written = await prisma.$transaction(async (tx) => {
      const claimed = await tx.sertifikatElektronik.updateMany({ where: { id: cert.id, diperingatkanPada: null }, data: { diperingatkanPada: now } });
      if (!claimed.count) return 0;
      await tx.notifikasi.createMany({ data: rows.map((r) => ({ ...r, tautan: r.pegawaiId === holder.id ? '/tanda-tangan' : null, createdAt: now })) });
      return rows.length;
    });
    if (written) certificates += 1;
    notifikasi += written;
  }
  return { certificates, notifikasi };
}
