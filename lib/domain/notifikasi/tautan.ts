import { halamanAplikasi } from '@/lib/domain/input/halaman-aplikasi';

/**
 * A notification's link when it is a page of this app ("/surat-masuk/…"), as the browser will open
 * it, else null. Tautan is written by our services, never by a user; this keeps it so.
 */
export function tautanDalamAplikasi(tautan: string | null | undefined): string | null {
  return halamanAplikasi(tautan);
}
