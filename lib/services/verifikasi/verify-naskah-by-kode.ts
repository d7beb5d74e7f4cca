import 'server-only';
import { createHash } from 'node:crypto';
import { NotFoundError } from '@/lib/domain/errors';
import type { VerifyOptions } from '@/lib/signing/verify';
import { getStorage } from '@/lib/storage';
import type { FileStorage } from '@/lib/storage/types';
import { unsafeFindIssuedNaskahByKode } from './issued-naskah';
import { verifyInWorker } from './verify-in-worker';
import { forPublic, type HasilVerifikasi } from './result';

export const KODE_VERIFIKASI_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * The QR link on a signed naskah: verifies the PDF the system archived under that code, and tells
 * whether the archived file still has the hash recorded when it was issued.
 */
export async function verifyNaskahByKode(
  { kode }: { kode: string },
  options?: VerifyOptions,
  storage: FileStorage = getStorage(),
): Promise<HasilVerifikasi> {
  const notFound = new NotFoundError('Kode verifikasi tidak dikenal. Periksa kembali tautan atau kode QR pada dokumen.');
  if (!KODE_VERIFIKASI_PATTERN.test(kode)) throw notFound;
  const issued = await unsafeFindIssuedNaskahByKode(kode);
  if (!issued) throw notFound;
  const stored = await storage.get(issued.storageKey);
  if (!stored) throw new NotFoundError('Berkas naskah tidak ditemukan di arsip. Hubungi admin instansi penerbit.');
  const sha256 = createHash('sha256').update(stored.bytes).digest('hex');
  const verification = await verifyInWorker(stored.bytes, options);
  return { verification: forPublic(verification), sha256, naskah: issued.naskah, samaDenganArsip: sha256 === issued.naskah.sha256 };
}
