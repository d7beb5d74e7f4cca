import Link from '@/components/ui/link';

/** The way back from a page to the list it was opened from, named after that list ("← Konsep"). */
export function TautanKembali({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="-ml-2 inline-flex min-h-11 items-center px-2 text-sm font-medium text-brand-700">
      ← {children}
    </Link>
  );
}
