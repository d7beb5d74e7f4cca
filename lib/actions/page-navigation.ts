// Whether a request is a person opening the address in a tab, not the app's own fetch, an <img>, a
// frame or a script: a refusal of such a request is shown as the app's page, not as bare text.

/** The signed-in page that says "Akses ditolak" for a file or PDF opened in a tab. */
export const REFUSED_PAGE_PATH = '/akses-ditolak';

export function isPageNavigation(request: Request): boolean {
  const dest = request.headers.get('sec-fetch-dest');
  if (dest === 'document') return true;
  // Passed on by the service worker (public/sw.js), a tab's navigation keeps its mode but Chromium
  // sends its destination as "empty"; a frame's says "iframe" when it is not passed on.
  if (request.headers.get('sec-fetch-mode') === 'navigate') return dest === null || dest === 'empty';
  // Browsers without Fetch Metadata still ask for HTML when a person opens an address.
  if (dest) return false;
  return /\btext\/html\b/.test(request.headers.get('accept') ?? '');
}
