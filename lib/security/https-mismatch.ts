// A deployment behind a TLS reverse proxy that left AUTH_URL at its http default (`npm start` sets
// http://localhost when it is unset) serves people over https while the app thinks it is on http:
// the session cookies lose their __Host- names (cookie tossing from a sibling subdomain works
// again), no HSTS is sent, and QR codes on signed letters link to http://localhost. Nothing fails,
// so nobody notices; the operator's log says so once per process instead.

let warned = false;

export const HTTPS_MISMATCH_WARNING =
  '[peringatan] Permintaan tiba lewat https (X-Forwarded-Proto), tetapi AUTH_URL bukan alamat https. ' +
  'Cookie sesi tidak memakai awalan __Host-, HSTS tidak dikirim, dan kode QR pada naskah menautkan ke alamat AUTH_URL. ' +
  'Setel AUTH_URL ke alamat publik https aplikasi ini lalu mulai ulang.';

/** Warns once when a request came through https (as the proxy in front says) and AUTH_URL is not https. */
export function warnIfHttpsMismatch(forwardedProto: string | null, servedOverHttps: boolean): void {
  if (warned || servedOverHttps || forwardedProto?.split(',')[0]?.trim().toLowerCase() !== 'https') return;
  warned = true;
  console.warn(HTTPS_MISMATCH_WARNING);
}
