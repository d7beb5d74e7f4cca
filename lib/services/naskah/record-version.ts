import { isDeepStrictEqual } from 'node:util';
import type { Prisma } from '@/lib/generated/prisma/client';
import { snapshotAtribut } from './snapshot-atribut';

/**
 * Records the working copy as a new version unless the latest version already holds exactly this
 * text, signer, recipients and lampiran; returns the version number that now describes it.
 */
export async function recordVersionIfChanged(
  tx: Prisma.TransactionClient,
  naskahId: string,
  author: { pegawaiId: string; jabatanId: string },
  text: { perihal: string; konten: unknown; catatan?: string | null },
  now: Date,
): Promise<number> {
  const latest = await tx.versiNaskah.findFirst({ where: { naskahId }, orderBy: { versi: 'desc' }, select: { versi: true, perihal: true, konten: true, atribut: true } });
  const atribut = await snapshotAtribut(tx, naskahId);
  const same = latest && latest.perihal === text.perihal && isDeepStrictEqual(latest.konten, text.konten) && isDeepStrictEqual(latest.atribut, atribut);
  if (latest && same && !text.catatan) return latest.versi;
  const versi = (latest?.versi ?? 0) + 1;
  await tx.versiNaskah.create({
    data: {
      naskahId,
      versi,
      perihal: text.perihal,
      konten: text.konten as Prisma.InputJsonValue,
      atribut: atribut as unknown as Prisma.InputJsonValue,
      catatan: text.catatan ?? null,
      dibuatOlehPegawaiId: author.pegawaiId,
      dibuatOlehJabatanId: author.jabatanId,
      createdAt: now,
    },
  });
  await tx.naskah.update({ where: { id: naskahId }, data: { versiTerakhir: versi } });
  return versi;
}
