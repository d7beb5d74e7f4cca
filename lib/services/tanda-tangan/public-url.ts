// Links to this app from outside: the QR code's verification link and external download links are
// built from the public base URL (lib/public-url), and download links are signed with the app secret.
import { UNDUH_LINK_DAYS_DEFAULT } from '@/lib/domain/tanda-tangan/unduh-token';

export { publicBaseUrl } from '@/lib/public-url';

/** The secret download links are signed with. */
export function unduhSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: download links for external recipients cannot be signed.');
  return secret;
}

/** Until when a download link made now works (UNDUH_LINK_DAYS, default 30 days). */
export function unduhBerlakuSampai(now = new Date()): Date {
  const days = Number(process.env.UNDUH_LINK_DAYS ?? UNDUH_LINK_DAYS_DEFAULT);
  return new Date(now.getTime() + (Number.isFinite(days) && days > 0 ? days : UNDUH_LINK_DAYS_DEFAULT) * 24 * 60 * 60 * 1000);
}
