import Link from '@/components/ui/link';
import type { NavItem } from '@/lib/menu-items';
import type { WorklistCounts } from '@/lib/services/beranda/count-worklists';
import { NavIcon } from '@/components/shell/nav-icon';

const HINTS: Partial<Record<NavItem['key'], string>> = {
  suratMasuk: 'belum dibaca',
  disposisi: 'disposisi baru',
  konsep: 'konsep Anda',
  verifikasi: 'menunggu paraf Anda',
  tandaTangan: 'menunggu tanda tangan',
};

export function WorklistCards({ items, counts }: { items: NavItem[]; counts: WorklistCounts }) {
  const cards = items.filter((i) => HINTS[i.key]);
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {cards.map((item) => (
        <Link key={item.key} href={item.href} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600" data-testid={`card-${item.key}`}>
          <div className="flex items-center gap-2 text-brand-700">
            <NavIcon name={item.key} />
            <span className="text-sm font-semibold">{item.label}</span>
          </div>
          <p className="mt-2 text-3xl font-bold text-slate-900">{counts[item.key] ?? 0}</p>
          <p className="text-xs text-slate-500">{HINTS[item.key]}</p>
        </Link>
      ))}
    </div>
  );
}
