// Where the outside world reaches this app: the one source of the public base URL, for the QR
// code's verification link, download links, and the mock CA's CRL, OCSP, issuer and TSA addresses
// written into certificates. The launch scripts set AUTH_URL from the port they serve on.

export type PublicUrlEnv = Record<string, string | undefined>;

/** AUTH_URL, or http://localhost:PORT when it is unset; without a trailing slash. */
export function publicBaseUrl(env: PublicUrlEnv = process.env): string {
  return (env.AUTH_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '');
}
