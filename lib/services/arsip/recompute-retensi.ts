import type { Prisma } from '@/lib/generated/prisma/client';
import { jraOf, retensiDates } from '@/lib/domain/arsip/retensi';

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * After a JRA entry changes, the records of those klasifikasi still at the OPD (active or inactive)
 * get their retention dates from the new entry; destroyed and transferred records keep theirs.
 */
export async function recomputeRetensi(tx: Prisma.TransactionClient, klasifikasiIds: string[]): Promise<number> {
  if (!klasifikasiIds.length) return 0;
  const klasifikasi = await tx.klasifikasiArsip.findMany({ where: { id: { in: klasifikasiIds } }, select: { id: true, retensiAktif: true, retensiInaktif: true, keteranganRetensi: true } });
  let changed = 0;
  for (const k of klasifikasi) {
    const jra = jraOf(k);
    const arsip = await tx.arsip.findMany({ where: { klasifikasiArsipId: k.id, status: { in: ['AKTIF', 'INAKTIF'] } }, select: { id: true, tanggal: true } });
    for (const a of arsip) {
      const dates = retensiDates(dayOf(a.tanggal), jra);
      await tx.arsip.update({
        where: { id: a.id },
        data: { aktifSampai: dates ? asDate(dates.aktifSampai) : null, inaktifSampai: dates ? asDate(dates.inaktifSampai) : null, keterangan: jra?.keterangan ?? null },
      });
      changed++;
    }
  }
  return changed;
}
