'use client';

import './globals.css';

// A fault in the root layout itself: it replaces the whole document, so it brings its own.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-dvh">
        <div role="alert" className="mx-auto my-12 max-w-lg rounded-xl border border-slate-200 bg-white px-6 py-10 text-center">
          <h1 className="text-xl font-bold text-slate-900">Aplikasi gagal dimuat</h1>
          <p className="mt-2 text-sm text-slate-600">Terjadi kesalahan di server. Coba lagi beberapa saat lagi.</p>
          {error.digest && <p className="mt-2 text-xs text-slate-500">Kode kejadian: {error.digest}</p>}
          <button type="button" onClick={reset} className="mt-5 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            Coba lagi
          </button>
        </div>
      </body>
    </html>
  );
}
