// The app's menu. Each entry names the permission that shows it; lib/authz decides.
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/policy';
import { mayOpenLaporanMenu } from '@/lib/domain/laporan/akses';
import { NAV_ITEMS, type NavItem, type NavKey } from '@/lib/menu-items';

/** Entries shown by a rule beyond one permission (kept here: lib/menu-items goes to client components). */
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
