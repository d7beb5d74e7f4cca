import Link from '@/components/ui/link';

/** Tabs of the archive pages: the unit's lists, penyusutan for the unit kearsipan, the full export for the pemda admin. */
export function ArsipTabs({ current, penyusutan, ekspor = false }: { current: string; penyusutan: boolean; ekspor?: boolean }) {
  const items = [
    { href: '/arsip', label: 'Naskah saya' },
    { href: '/arsip/daftar', label: 'Daftar Arsip Aktif' },
    { href: '/arsip/daftar?status=INAKTIF', label: 'Daftar Arsip Inaktif' },
    ...(penyusutan ? [{ href: '/arsip/penyusutan', label: 'Penyusutan' }] : []),
    ...(ekspor ? [{ href: '/arsip/ekspor', label: 'Ekspor lengkap' }] : []),
  ];
  return (
    <nav aria-label="Menu arsip" className="-mx-4 mb-4 overflow-x-auto border-b border-slate-200 px-4 md:mx-0 md:px-0">
      <ul className="flex gap-1 whitespace-nowrap">
        {items.map((i) => (
          <li key={i.href}>
            <Link
              href={i.href}
              aria-current={i.href === current ? 'page' : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm font-semibold ${i.href === current ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
