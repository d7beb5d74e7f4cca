// Where the outside world reaches this app: the QR code's verification link and external download
// links are built from AUTH_URL, and download links are signed with the app secret.

/** The public base URL (AUTH_URL), without a trailing slash. */
export function publicBaseUrl(): string {
  return (process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');
}

/** The secret download links are signed with. */
export function unduhSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: download links for external recipients cannot be signed.');
  return secret;
}
