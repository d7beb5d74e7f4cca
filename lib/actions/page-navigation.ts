// Whether a request is a person opening the address in a tab, not the app's own fetch, an <img>, a
// frame or a script: a refusal of such a request is shown as the app's page, not as bare text.

/** The signed-in page that says "Akses ditolak" for a file or PDF opened in a tab. */
export const REFUSED_PAGE_PATH = '/akses-ditolak';

export function isPageNavigation(request: Request): boolean {
  const dest = request.headers.get('sec-fetch-dest');
  // Browsers without Fetch Metadata still ask for HTML when a person opens an address.
  if (dest) return dest === 'document';
  return /\btext\/html\b/.test(request.headers.get('accept') ?? '');
}
