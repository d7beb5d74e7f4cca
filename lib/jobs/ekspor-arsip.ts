// The pemda admin's full backup, run by the job queue: every record of the instansi with its file,
// streamed into a zip on local disk (progress written per page), then streamed to the object store,
// from where the export page downloads it. Memory stays flat however large the archive is.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { streamNaskahZip } from '@/lib/services/arsip/stream-naskah-zip';
import { getStorage } from '@/lib/storage';

export async function runEksporArsip({ eksporId, now = () => new Date() }: { eksporId: string; now?: () => Date }): Promise<void> {
  const ekspor = await prisma.eksporArsip.findUnique({ where: { id: eksporId } });
  if (!ekspor || ekspor.status === 'SELESAI') return;
  const where: Prisma.NaskahWhereInput = { opd: { instansiId: ekspor.instansiId }, arsip: { isNot: null } };
  const jumlah = await prisma.naskah.count({ where });
  await prisma.eksporArsip.update({ where: { id: eksporId }, data: { status: 'BERJALAN', jumlah, selesai: 0, galat: null } });
  const dir = await mkdtemp(path.join(tmpdir(), 'ekspor-lengkap-'));
  try {
    const file = path.join(dir, 'arsip.zip');
    const out = createWriteStream(file);
    for await (const chunk of streamNaskahZip(where, { onProgress: (selesai) => prisma.eksporArsip.update({ where: { id: eksporId }, data: { selesai } }).then(() => undefined) })) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    const storageKey = `ekspor/${eksporId}/arsip-lengkap.zip`;
    await getStorage().putFile(storageKey, file, 'application/zip');
    await prisma.eksporArsip.update({ where: { id: eksporId }, data: { status: 'SELESAI', storageKey, ukuran: (await stat(file)).size, selesaiPada: now() } });
  } catch (error) {
    await prisma.eksporArsip.update({ where: { id: eksporId }, data: { status: 'GAGAL', galat: (error instanceof Error ? error.message : String(error)).slice(0, 500) } });
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
