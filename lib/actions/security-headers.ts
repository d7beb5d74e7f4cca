// The headers every page answer carries, built per request in proxy.ts: a Content-Security-Policy
// with a fresh nonce (Next reads it from the request's CSP header and puts it on its own scripts;
// 'strict-dynamic' lets those load the app's chunks), and HSTS when the app is served over https.

/** Whether the deployment is served over https (AUTH_URL is the public address). */
export function servedOverHttps(): boolean {
  return (process.env.AUTH_URL ?? '').startsWith('https://');
}

// 128 random bits as 24 base64 characters: the nonce is written on every script tag of every page
// (about 25 times), so the base64 of a UUID's text (48 characters, 122 bits) cost each page 0.6 KB.
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React uses eval only in development, to rebuild server error stacks in the browser.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    // The editor (tiptap) and pdf.js add <style> elements at run time without a nonce; styles
    // cannot run code, so the nonce guards scripts, where cross-site scripting lives.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // pdf.js runs its worker from /pdfjs/worker; the preview panel frames a blob: PDF. The
    // service worker is /sw.js, registered from the app's own (nonced) bundle.
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const HSTS = 'max-age=31536000; includeSubDomains';
