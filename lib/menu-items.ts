// The menu's static structure: entries, labels and links, and which entry a path lights. No rule
// and no server import, so the navigation's client components import it directly and the layout
// sends them entry keys only, not the entries themselves.
import type { Permission } from '@/lib/authz/permissions';

export type NavKey = 'beranda' | 'suratMasuk' | 'disposisi' | 'konsep' | 'verifikasi' | 'tandaTangan' | 'arsip' | 'daftarArsip' | 'penyusutan' | 'pencatatan' | 'admin' | 'cari' | 'sudahDitandatangani' | 'terkirim' | 'laporan';

export interface NavItem {
  key: NavKey;
  href: string;
  label: string;
  /** Short label for the phone's bottom bar. */
  shortLabel: string;
  permission: Permission | null;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'beranda', href: '/', label: 'Beranda', shortLabel: 'Beranda', permission: null },
  { key: 'suratMasuk', href: '/surat-masuk', label: 'Surat Masuk', shortLabel: 'Masuk', permission: 'suratMasuk.read' },
  { key: 'disposisi', href: '/disposisi', label: 'Disposisi', shortLabel: 'Disposisi', permission: 'disposisi.receive' },
  { key: 'konsep', href: '/konsep', label: 'Konsep', shortLabel: 'Konsep', permission: 'naskah.draft' },
  { key: 'verifikasi', href: '/perlu-verifikasi', label: 'Perlu Verifikasi', shortLabel: 'Paraf', permission: 'naskah.verify' },
  { key: 'tandaTangan', href: '/tanda-tangan', label: 'Perlu Tanda Tangan', shortLabel: 'TTD', permission: 'naskah.sign' },
  { key: 'sudahDitandatangani', href: '/sudah-ditandatangani', label: 'Sudah Ditandatangani', shortLabel: 'Sudah TTD', permission: 'naskah.sign' },
  { key: 'terkirim', href: '/terkirim', label: 'Terkirim', shortLabel: 'Terkirim', permission: 'naskah.draft' },
  { key: 'arsip', href: '/arsip', label: 'Arsip', shortLabel: 'Arsip', permission: 'arsip.read' },
  { key: 'daftarArsip', href: '/arsip/daftar', label: 'Daftar Arsip', shortLabel: 'Daftar', permission: 'arsip.read' },
  { key: 'penyusutan', href: '/arsip/penyusutan', label: 'Penyusutan Arsip', shortLabel: 'Susut', permission: 'arsip.penyusutan' },
  { key: 'cari', href: '/cari', label: 'Cari', shortLabel: 'Cari', permission: null },
  { key: 'pencatatan', href: '/pencatatan', label: 'Pencatatan Surat', shortLabel: 'Catat', permission: 'suratMasuk.register' },
  { key: 'admin', href: '/admin', label: 'Admin', shortLabel: 'Admin', permission: 'admin.view' },
  { key: 'laporan', href: '/laporan', label: 'Laporan', shortLabel: 'Laporan', permission: null },
];

/** An entry by its key, for the client components that receive keys. */
export const NAV_ITEM_BY_KEY = Object.fromEntries(NAV_ITEMS.map((item) => [item.key, item])) as Record<NavKey, NavItem>;

/**
 * The menu entry a page belongs to: the longest entry that is the path or a parent of it, so an
 * archive record (/arsip/rekaman/...) lights Arsip, and /arsip/daftar lights Daftar Arsip alone.
 */
export function activeHref(pathname: string, hrefs: readonly string[]): string | null {
  const matches = hrefs.filter((href) => (href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
