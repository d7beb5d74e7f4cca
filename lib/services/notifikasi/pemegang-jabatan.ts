import type { Prisma } from '@/lib/generated/prisma/client';
import { actingPrefix, berlakuPadaFilter, calendarDay, type JenisPenugasan } from '@/lib/domain/jabatan/acting';

export interface Pemegang {
  pegawaiId: string;
  jabatanId: string;
  jenis: JenisPenugasan;
  /** "Plt. Kepala Bidang ..." when acting, else null: the notification says in which post. */
  sebagai: string | null;
}

/** The active people who may act as each post today: the definitif holder and any Plt./Plh. */
export async function findPemegangJabatan(tx: Prisma.TransactionClient, jabatanIds: readonly string[], now: Date): Promise<Pemegang[]> {
  if (jabatanIds.length === 0) return [];
  const day = calendarDay(now);
  const rows = await tx.penugasanJabatan.findMany({
    where: { jabatanId: { in: [...new Set(jabatanIds)] }, ...berlakuPadaFilter(day), pegawai: { aktif: true } },
    select: { pegawaiId: true, jabatanId: true, jenis: true, jabatan: { select: { nama: true } } },
  });
  return rows.map((r) => ({ pegawaiId: r.pegawaiId, jabatanId: r.jabatanId, jenis: r.jenis, sebagai: r.jenis === 'DEFINITIF' ? null : `${actingPrefix(r.jenis)}${r.jabatan.nama}` }));
}
