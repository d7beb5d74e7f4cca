import Link from '@/components/ui/link';

/** Tabs under a page header; the current one is marked for screen readers too. */
export function AdminTabs({ items, current }: { items: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Menu admin" className="-mx-4 mb-4 overflow-x-auto border-b border-slate-200 px-4 md:mx-0 md:px-0">
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

export function adminTabs() {
  return [
    { href: '/admin', label: 'OPD' },
    { href: '/admin/pegawai', label: 'Pegawai' },
    { href: '/admin/peran', label: 'Peran' },
    { href: '/admin/klasifikasi', label: 'Klasifikasi Arsip' },
    { href: '/admin/audit', label: 'Log Audit' },
  ];
}

export function opdTabs(opdId: string) {
  const base = `/admin/opd/${opdId}`;
  return [
    { href: base, label: 'Profil & Kop' },
    { href: `${base}/struktur`, label: 'Struktur' },
    { href: `${base}/penugasan`, label: 'Penugasan' },
    { href: `${base}/impor`, label: 'Impor CSV' },
    { href: `${base}/penomoran`, label: 'Penomoran' },
    { href: `${base}/instruksi`, label: 'Instruksi Disposisi' },
  ];
}

export function Card({ title, children }: { title?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4 md:p-5">
      {title && <h2 className="mb-3 text-base font-bold text-slate-900">{title}</h2>}
      {children}
    </section>
  );
}
