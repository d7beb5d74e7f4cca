import type { NavKey } from '@/lib/menu-items';

// Simple outline icons (24px grid), one path set per menu entry.
const PATHS: Record<NavKey | 'menu', string> = {
  beranda: 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z',
  suratMasuk: 'M3 6h18v12H3z M3 6l9 7 9-7',
  disposisi: 'M5 4h10l4 4v12H5z M9 12h6 M9 16h4 M15 4v4h4',
  konsep: 'M4 20h4L19 9l-4-4L4 16z M13 7l4 4',
  verifikasi: 'M4 4h12l4 4v12H4z M8 13l3 3 5-6',
  tandaTangan: 'M3 17c3-6 5-8 6-5s-1 6 2 4 4-7 6-6 1 5 4 4 M3 21h18',
  arsip: 'M3 4h18v4H3z M5 8v12h14V8 M10 12h4',
  daftarArsip: 'M4 5h16 M4 10h16 M4 15h16 M4 20h10',
  penyusutan: 'M4 7h16 M9 7V4h6v3 M6 7l1 13h10l1-13 M10 11v6 M14 11v6',
  pencatatan: 'M6 3h9l4 4v14H6z M9 13h6 M12 10v6',
  admin: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1',
  sudahDitandatangani: 'M3 17c3-6 5-8 6-5s-1 6 2 4 M14 18l3 3 5-6 M3 21h9',
  terkirim: 'M3 11l18-8-8 18-2-8z M11 13l10-10',
  cari: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14z M20 20l-4-4',
  laporan: 'M4 20V10 M10 20V4 M16 20v-7 M22 20H2',
  menu: 'M4 6h16 M4 12h16 M4 18h16',
};

/** The icon's stroke is the nav-icon class (app/globals.css): a page draws a dozen or more icons. */
export function NavIcon({ name, className }: { name: NavKey | 'menu'; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className ? `nav-icon ${className}` : 'nav-icon'} aria-hidden="true">
      <path d={PATHS[name]} />
    </svg>
  );
}
