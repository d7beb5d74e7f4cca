'use client';

// A client component although it has no state, for the same reason as AppLogo: the same markup on
// every page, shipped once in the bundle instead of in every page's flight data.

/** The search box in the header: a plain GET form to /cari, so it works before any JavaScript loads. */
export function HeaderSearch({ q }: { q?: string }) {
  return (
    <form action="/cari" method="get" role="search" aria-label="Cari surat" className="w-full">
      <label className="relative block">
        <span className="sr-only">Cari surat</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 left-2.5 h-4 w-4 -translate-y-1/2 text-slate-400">
          <path fill="currentColor" d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64a.75.75 0 1 1-1.06 1.06l-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
        </svg>
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          enterKeyHint="search"
          placeholder="Cari nomor, hal, isi, pengirim…"
          className="w-full rounded-lg border border-slate-300 bg-slate-50 py-1.5 pr-2 pl-8 text-base focus:bg-white md:text-sm"
        />
      </label>
    </form>
  );
}
