// The app's menu. Each entry names the permission that shows it; lib/authz decides.
import type { Actor } from '@/lib/authz/actor';
import type { Permission } from '@/lib/authz/permissions';
import { can } from '@/lib/authz/policy';
import { mayOpenLaporanMenu } from '@/lib/domain/laporan/akses';

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

/** Entries shown by a rule beyond one permission (kept apart: NavItem goes to client components). */
const SHOWN_WHEN: Partial<Record<NavKey, (actor: Actor) => boolean>> = { laporan: mayOpenLaporanMenu };

export function navigationFor(actor: Actor): NavItem[] {
  return NAV_ITEMS.filter((item) => (item.permission === null || can(actor, item.permission)) && (SHOWN_WHEN[item.key]?.(actor) ?? true));
}

/** The phone's bottom bar holds four entries plus "Menu"; the rest live on the menu page. */
export function bottomBarItems(items: NavItem[]): NavItem[] {
  const preferred: NavKey[] = ['beranda', 'suratMasuk', 'disposisi', 'tandaTangan', 'verifikasi', 'pencatatan', 'konsep', 'admin'];
  return preferred
    .map((key) => items.find((i) => i.key === key))
    .filter((i): i is NavItem => i !== undefined)
    .slice(0, 4);
}

/**
 * The menu entry a page belongs to: the longest entry that is the path or a parent of it, so an
 * archive record (/arsip/rekaman/...) lights Arsip, and /arsip/daftar lights Daftar Arsip alone.
 */
export function activeHref(pathname: string, hrefs: readonly string[]): string | null {
  const matches = hrefs.filter((href) => (href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`)));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
