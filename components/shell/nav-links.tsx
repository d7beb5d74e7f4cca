'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { activeHref, NAV_ITEM_BY_KEY, type NavKey } from '@/lib/menu-items';
import type { WorklistCounts } from '@/lib/services/beranda/count-worklists';
import { NavIcon } from './nav-icon';

function Badge({ count }: { count?: number }) {
  if (!count) return null;
  return (
    <span className="ml-auto rounded-full bg-amber-400 px-2 py-0.5 text-xs font-bold text-amber-950" aria-label={`${count} baru`}>
      {count > 99 ? '99+' : count}
    </span>
  );
}

// The layout passes entry keys, not entries: labels and links are in this bundle already, so every
// page's payload carries a dozen short keys instead of the whole menu, twice.

/** The desktop sidebar's menu. */
export function SidebarLinks({ keys, counts }: { keys: NavKey[]; counts: WorklistCounts }) {
  const items = keys.map((key) => NAV_ITEM_BY_KEY[key]);
  const current = activeHref(usePathname(), items.map((i) => i.href));
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={active ? 'page' : undefined}
              className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium ${
                active ? 'bg-brand-700 text-white' : 'text-brand-100 hover:bg-brand-800 hover:text-white'
              }`}
            >
              <NavIcon name={item.key} className="h-5 w-5 shrink-0" />
              <span>{item.label}</span>
              <Badge count={counts[item.key]} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The phone's bottom bar: four entries and "Menu". */
export function BottomBarLinks({ keys, counts }: { keys: NavKey[]; counts: WorklistCounts }) {
  const entries = [...keys.map((key) => NAV_ITEM_BY_KEY[key]).map((i) => ({ key: i.key, href: i.href, label: i.shortLabel })), { key: 'menu' as const, href: '/menu', label: 'Menu' }];
  const current = activeHref(usePathname(), entries.map((e) => e.href));
  return (
    <ul className="grid grid-cols-5">
      {entries.map((entry) => {
        const active = entry.href === current;
        const count = entry.key === 'menu' ? undefined : counts[entry.key];
        return (
          <li key={entry.key}>
            <Link
              href={entry.href}
              aria-current={active ? 'page' : undefined}
              className={`relative flex min-h-14 flex-col items-center justify-center gap-0.5 py-1.5 text-xs font-medium ${active ? 'text-brand-700' : 'text-slate-500'}`}
            >
              <NavIcon name={entry.key} className="h-6 w-6" />
              <span>{entry.label}</span>
              {count ? (
                <span className="absolute top-1 left-1/2 ml-2 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-amber-950">
                  {count > 99 ? '99+' : count}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
