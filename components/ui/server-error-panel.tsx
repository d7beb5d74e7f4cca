'use client';

import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

/** An unexpected fault while showing a page: nothing technical, a retry, and the digest that lets support find the server log line. */
export function ServerErrorPanel({ digest, reset, children }: { digest?: string; reset: () => void; children: ReactNode }) {
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
      {children}
      {digest && <span className="mt-2 block text-xs text-slate-500">Kode kejadian: {digest}</span>}
    </ErrorPanel>
  );
}
