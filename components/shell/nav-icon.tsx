import type { NavKey } from '@/lib/menu-items';

export type IkonName = NavKey | 'menu' | 'notifikasi';

/** An outline icon (24px grid) for a menu entry; its shape is the ikon-<name> class in app/ikon.css. */
export function NavIcon({ name, className }: { name: IkonName; className?: string }) {
  return <span className={`nav-icon ikon-${name}${className ? ` ${className}` : ''}`} aria-hidden="true" />;
}
