import { isDeepStrictEqual } from 'node:util';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Records the working copy as a new version unless the latest version already holds exactly this
 * text; returns the version number that now describes the text.
 */
export async function recordVersionIfChanged(
  tx: Prisma.TransactionClient,
  naskahId: string,
  author: { pegawaiId: string; jabatanId: string },
  text: { perihal: string; konten: unknown; catatan?: string | null },
  now: Date,
): Promise<number> {
  const latest = await tx.versiNaskah.findFirst({ where: { naskahId }, orderBy: { versi: 'desc' }, select: { versi: true, perihal: true, konten: true } });
  if (latest && latest.perihal === text.perihal && isDeepStrictEqual(latest.konten, text.konten) && !text.catatan) return latest.versi;
  const versi = (latest?.versi ?? 0) + 1;
  await tx.versiNaskah.create({
    data: {
      naskahId,
      versi,
      perihal: text.perihal,
      konten: text.konten as Prisma.InputJsonValue,
      catatan: text.catatan ?? null,
      dibuatOlehPegawaiId: author.pegawaiId,
      dibuatOlehJabatanId: author.jabatanId,
      createdAt: now,
    },
  });
  await tx.naskah.update({ where: { id: naskahId }, data: { versiTerakhir: versi } });
  return versi;
}
