'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

// A fault in a public page (sign-in, verification).
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      code="Kesalahan"
      title="Halaman ini gagal dimuat"
      action={
        <button type="button" onClick={reset} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold text-brand-700">
          Coba lagi
        </button>
      }
    >
      Terjadi kesalahan di server. Coba lagi beberapa saat lagi.
      {error.digest && <span className="mt-2 block text-xs text-slate-400">Kode kejadian: {error.digest}</span>}
    </ErrorPanel>
  );
}
