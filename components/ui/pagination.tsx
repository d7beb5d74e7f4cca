import Link from '@/components/ui/link';

export function Pagination({ total, halaman, pageSize, href }: { total: number; halaman: number; pageSize: number; href: (h: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="Halaman" className="flex items-center justify-between text-sm">
      {halaman > 1 ? <Link href={href(halaman - 1)} className="font-semibold text-brand-700">‹ Sebelumnya</Link> : <span />}
      <span className="text-slate-600">
        Halaman {halaman} dari {pages}
      </span>
      {halaman < pages ? <Link href={href(halaman + 1)} className="font-semibold text-brand-700">Berikutnya ›</Link> : <span />}
    </nav>
  );
}
