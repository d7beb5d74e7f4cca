// A path a browser could read as another site is not a page of this app: "//host", "/\host" (a
// backslash is a slash in http URLs), "/<tab>/host" (the URL parser drops tabs and newlines), a
// scheme, dot segments that resolve to "//host". Resolved against a made-up origin, so what counts
// is where a browser would go, not how the string looks. public/sw.js holds a copy (a service
// worker cannot import it); tests/unit/domain/notifikasi/tautan.test.ts holds both to one list.
const BASE = 'http://aplikasi.invalid';

/** `value` as the page (path, query and fragment) a browser opens on this app, or null. */
export function halamanAplikasi(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || /[\u0000-\u0020\u007f\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  const halaman = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === BASE && !halaman.startsWith('//') ? halaman : null;
}
