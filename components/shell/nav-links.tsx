'use client';

import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { activeHref, NAV_ITEM_BY_KEY, type NavKey } from '@/lib/menu-items';
import type { WorklistCounts } from '@/lib/services/beranda/count-worklists';
import { teksLencana, ucapanLencana } from '@/lib/domain/lencana';
import { NavIcon } from './nav-icon';

function Badge({ count }: { count?: number }) {
  if (!count) return null;
  return (
    <span className="nav-count" aria-label={`${ucapanLencana(count)} baru`}>
      {teksLencana(count)}
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
              className="nav-link"
            >
              <NavIcon name={item.key} />
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
              className="bar-link"
            >
              <NavIcon name={entry.key} className="h-6 w-6" />
              <span>{entry.label}</span>
              {count ? (
                <span className="bar-count">
                  {teksLencana(count)}
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
