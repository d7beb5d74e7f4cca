// A file written to storage before the transaction that owns it commits. The intent row comes
// first, then the bytes; the Berkas row and the intent's removal commit together. A crash in
// between leaves an intent whose turn is gone, and recoverSigning deletes its file.
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { JenisBerkas } from '@/lib/generated/prisma/enums';
import { getStorage } from '@/lib/storage';

export interface PendingFile {
  storageKey: string;
  bytes: Uint8Array;
  mime: string;
}

/** Records the intent (bound to a signing turn, or expiring in an hour without one), then writes the bytes. */
export async function putBerkasTertunda(file: PendingFile, giliranToken: string | null, storage = getStorage()): Promise<void> {
  await prisma.berkasTertunda.create({ data: { storageKey: file.storageKey, giliranToken, berakhirPada: new Date(Date.now() + 60 * 60_000) } });
  await storage.put(file.storageKey, file.bytes, file.mime);
}

/** In the owning transaction: the Berkas row for a pending file, and the end of its intent. */
export async function commitBerkasTertunda(
  tx: Prisma.TransactionClient,
  file: PendingFile & { jenis: JenisBerkas; namaFile: string; naskahId: string; diunggahOlehId: string },
): Promise<{ id: string }> {
  await tx.berkasTertunda.delete({ where: { storageKey: file.storageKey } });
  return tx.berkas.create({
    data: {
      jenis: file.jenis,
      storageKey: file.storageKey,
      namaFile: file.namaFile,
      mime: file.mime,
      ukuran: file.bytes.byteLength,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      naskahId: file.naskahId,
      diunggahOlehId: file.diunggahOlehId,
    },
    select: { id: true },
  });
}

/** Gives up a pending file that will not be committed (a failed signature). */
export async function discardBerkasTertunda(storageKey: string, storage = getStorage()): Promise<void> {
  await storage.delete(storageKey);
  await prisma.berkasTertunda.deleteMany({ where: { storageKey } });
}
