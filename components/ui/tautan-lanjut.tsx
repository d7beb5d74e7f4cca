import Link from '@/components/ui/link';

/** A list's way on, the width of the list: its next page, or the rest of a shortened list. */
export function TautanLanjut({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="mt-3 block rounded-lg border border-slate-300 bg-white px-4 py-3 text-center text-sm font-semibold text-brand-700">
      {children}
    </Link>
  );
}
