'use client';

import FormGet from '@/components/ui/form-get';
import { NavIcon } from './nav-icon';

// A client component although it has no state: the same markup on every page, shipped once in the
// bundle instead of in every page's flight data.

/** The search box in the header: a GET form to /cari (FormGet), so it works before any JavaScript loads. */
export function HeaderSearch({ q }: { q?: string }) {
  return (
    <FormGet action="/cari" role="search" aria-label="Cari surat" className="w-full">
      <label className="relative block">
        <span className="sr-only">Cari surat</span>
        <NavIcon name="cari" className="pointer-events-none absolute top-1/2 left-2.5 h-4 w-4 -translate-y-1/2 text-slate-400" />
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
    </FormGet>
  );
}
