// The one place a Berkas is written. A file goes to storage before the transaction that owns it
// commits, so its intent is recorded first (BerkasTertunda), then the bytes; the Berkas row and the
// end of the intent commit together. A crash in between leaves an intent whose turn is gone (or
// whose hour has passed) and the recovery sweep deletes the file: no orphans.
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { JenisBerkas } from '@/lib/generated/prisma/enums';
import { getStorage } from '@/lib/storage';

export interface StoredBytes {
  storageKey: string;
  mime: string;
  ukuran: number;
  sha256: string;
}

/** How long a pending file outside a signing turn may wait for its transaction. */
const INTENT_MS = 60 * 60_000;

/** Records the intent (bound to a signing turn, or expiring in an hour), then writes the bytes. */
export async function putBerkasTertunda(file: { storageKey: string; bytes: Uint8Array; mime: string }, giliranToken: string | null = null, storage = getStorage()): Promise<StoredBytes> {
  await prisma.berkasTertunda.create({ data: { storageKey: file.storageKey, giliranToken, berakhirPada: new Date(Date.now() + INTENT_MS) } });
  await storage.put(file.storageKey, file.bytes, file.mime);
  return { storageKey: file.storageKey, mime: file.mime, ukuran: file.bytes.byteLength, sha256: createHash('sha256').update(file.bytes).digest('hex') };
}

/** In the owning transaction: the Berkas row for stored bytes, and the end of their intent. */
export async function commitBerkas(
  tx: Prisma.TransactionClient,
  file: StoredBytes & { jenis: JenisBerkas; namaFile: string; naskahId?: string | null; tindakLanjutId?: string | null; diunggahOlehId: string },
): Promise<{ id: string }> {
  await tx.berkasTertunda.deleteMany({ where: { storageKey: file.storageKey } });
  return tx.berkas.create({
    data: {
      jenis: file.jenis,
      storageKey: file.storageKey,
      namaFile: file.namaFile,
      mime: file.mime,
      ukuran: file.ukuran,
      sha256: file.sha256,
      naskahId: file.naskahId ?? null,
      tindakLanjutId: file.tindakLanjutId ?? null,
      diunggahOlehId: file.diunggahOlehId,
    },
    select: { id: true },
  });
}

/** Gives up a pending file that will not be committed. */
export async function discardBerkasTertunda(storageKey: string, storage = getStorage()): Promise<void> {
  await storage.delete(storageKey);
  await prisma.berkasTertunda.deleteMany({ where: { storageKey } });
}
