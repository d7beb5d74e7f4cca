/**
 * A notification's link when it is a page of this app ("/surat-masuk/…"), else null: "//host" and
 * "/\host" are another site to a browser. Tautan is written by our services, never by a user; this
 * keeps it so.
 */
export function tautanDalamAplikasi(tautan: string | null | undefined): string | null {
  return tautan && /^\/(?![/\\])/.test(tautan) ? tautan : null;
}
