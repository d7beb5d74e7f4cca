'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

// An unexpected fault while showing a page: the navigation stays, nothing technical is shown
// (the digest lets support find the server log line).
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
      Terjadi kesalahan di server. Perubahan yang belum disimpan tidak tercatat; coba lagi beberapa saat lagi.
      {error.digest && <span className="mt-2 block text-xs text-slate-400">Kode kejadian: {error.digest}</span>}
    </ErrorPanel>
  );
}
