export function PageHeader({ title, description, children }: { title: string; description?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      {/* A long unbroken name (a 300-character klasifikasi) wraps instead of widening the page past a phone's screen. */}
      <div className="min-w-0 wrap-anywhere">
        <h1 className="text-xl font-bold text-slate-900 md:text-2xl">{title}</h1>
        {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </div>
  );
}
