import type { Prisma } from '@/lib/generated/prisma/client';

export interface DistributedNaskah {
  /** Posts the naskah was delivered to (TUJUAN first; a post named twice gets one delivery). */
  deliveredJabatanIds: string[];
  /** Pegawai notified that it was signed (the drafter and the verifikators who gave paraf). */
  notifiedPegawaiIds: string[];
  /** External addressees: their download link is made from these ids (lib/domain/tanda-tangan/unduh-token). */
  eksternalPenerimaIds: string[];
}

/**
 * Sends a just-signed naskah out, inside the signing transaction: internal tujuan and tembusan get it
 * in their Surat Masuk (a Delivery, so they can dispose it like any letter), external addressees get
 * a download link, and the drafter and verifikators get a notification.
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

  const notified = [naskah.pembuatPegawaiId, ...record.verifikasi.map((v) => v.pegawaiId)].filter(
    (id, i, all): id is string => !!id && id !== naskah.penandatanganPegawaiId && all.indexOf(id) === i,
  );
  if (notified.length) {
    await tx.notifikasi.createMany({
      data: notified.map((pegawaiId) => ({
        pegawaiId,
        judul: 'Naskah telah ditandatangani',
        pesan: `"${naskah.perihal}" telah ditandatangani dengan nomor ${naskah.nomor} dan dikirim ke penerima.`,
        tautan: `/tanda-tangan/${naskah.id}`,
        createdAt: now,
      })),
    });
  }

  return {
    deliveredJabatanIds: deliveries.map((d) => d.jabatanId),
    notifiedPegawaiIds: notified,
    eksternalPenerimaIds: record.penerima.filter((p) => !p.jabatanId).map((p) => p.id),
  };
}
