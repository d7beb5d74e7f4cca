// How a signing attempt fails, in one place: the time allowed and the signer's Indonesian reason.
import { ANTREAN_PENOMORAN_PENUH, GAGAL_SISTEM, SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { NaskahPdfError } from '@/lib/pdf/naskah/types';
import { SigningError } from '@/lib/signing/types';
import { GiliranPenuhError } from '@/lib/services/penomoran/take-giliran';

/** How long one signature may take (a chunk gets this per document). */
export const signTimeoutMs = () => Number(process.env.SIGN_TIMEOUT_MS ?? 60_000);

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SigningError('TIMEOUT', `lebih dari ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function toSignNaskahError(error: unknown): SignNaskahError {
  if (error instanceof SignNaskahError) return error;
  if (error instanceof SigningError) return new SignNaskahError(error.userMessage, error.code);
  if (error instanceof NaskahPdfError) return new SignNaskahError(error.message, 'RENDER');
  if (error instanceof GiliranPenuhError) return new SignNaskahError(ANTREAN_PENOMORAN_PENUH, 'BUSY');
  return new SignNaskahError(GAGAL_SISTEM, 'INTERNAL');
}

