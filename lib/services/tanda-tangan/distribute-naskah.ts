import type { Prisma } from '@/lib/generated/prisma/client';
import { notify } from '@/lib/services/notifikasi/notify';

export interface DistributedNaskah {
  /** Posts the naskah was delivered to (TUJUAN first; a post named twice gets one delivery). */
  deliveredJabatanIds: string[];
  /** External addressees: their download link is made from these ids (lib/domain/tanda-tangan/unduh-token). */
  eksternalPenerimaIds: string[];
}

/**
 * Sends a just-signed naskah out, inside the signing transaction: internal tujuan and tembusan get it
 * in their Surat Masuk (a Delivery, so they can dispose it like any letter), external addressees get
 * a download link, and the drafter, verifikators, tujuan and tembusan are notified (lib/services/notifikasi).
 */
export async function distributeNaskah(
  tx: Prisma.TransactionClient,
  naskah: { id: string; nomor: string; perihal: string; pembuatPegawaiId: string | null; penandatanganPegawaiId: string },
  now: Date,
): Promise<DistributedNaskah> {
  const record = await tx.naskah.findUniqueOrThrow({
    where: { id: naskah.id },
    select: {
      klasifikasiKeamanan: true,
      derajatKecepatan: true,
      penerima: { orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }], select: { id: true, jenis: true, jabatanId: true, jabatan: { select: { opdId: true, aktif: true } } } },
      verifikasi: { where: { status: 'DISETUJUI', pegawaiId: { not: null } }, select: { pegawaiId: true } },
    },
  });

  const seen = new Set<string>();
  const deliveries: Prisma.DeliveryCreateManyInput[] = [];
  for (const p of record.penerima) {
    if (!p.jabatanId || !p.jabatan || seen.has(p.jabatanId)) continue;
    seen.add(p.jabatanId);
    deliveries.push({
      naskahId: naskah.id,
      jabatanId: p.jabatanId,
      opdId: p.jabatan.opdId,
      jenis: p.jenis,
      klasifikasiKeamanan: record.klasifikasiKeamanan,
      derajatKecepatan: record.derajatKecepatan,
      deliveredAt: now,
    });
  }
  if (deliveries.length) await tx.delivery.createMany({ data: deliveries, skipDuplicates: true });

  await notify(tx, { jenis: 'NASKAH_DITANDATANGANI', naskahId: naskah.id }, { now, actorPegawaiId: naskah.penandatanganPegawaiId });

  return {
    deliveredJabatanIds: deliveries.map((d) => d.jabatanId),
    eksternalPenerimaIds: record.penerima.filter((p) => !p.jabatanId).map((p) => p.id),
  };
}
