import Link from '@/components/ui/link';

/** The body of the 404 and error pages: what happened, in Indonesian, and a way back. */
export function ErrorPanel({ code, title, children, action }: { code: string; title: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div role="alert" data-testid="error-page" className="mx-auto my-8 max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700">{code}</p>
      <h1 className="mt-1 text-xl font-bold text-slate-900">{title}</h1>
      <div className="mt-2 text-sm text-slate-600">{children}</div>
      <div className="mt-5 flex flex-wrap justify-center gap-2">
        {action}
        <Link href="/" className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Kembali ke Beranda
        </Link>
      </div>
    </div>
  );
}
