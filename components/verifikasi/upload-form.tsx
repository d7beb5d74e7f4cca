'use client';

import { useState } from 'react';
import type { HasilVerifikasiJson } from '@/lib/services/verifikasi/result';
import { PilihBerkas } from '@/components/ui/pilih-berkas';
import { HasilVerifikasi } from './hasil-verifikasi';

/**
 * Uploads a PDF to the public JSON endpoint and shows the result. A route handler rather than a
 * server action: signed PDFs with lampiran exceed the 1 MB server-action body limit.
 */
export function UploadForm({ kode, label = 'Periksa dokumen' }: { kode?: string; label?: string }) {
  const [hasil, setHasil] = useState<HasilVerifikasiJson | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setHasil(null);
    try {
      const response = await fetch('/api/verifikasi', { method: 'POST', body: new FormData(event.currentTarget) });
      const body = (await response.json()) as HasilVerifikasiJson | { ok: false; message: string };
      if ('ok' in body) setError(body.message);
      else setHasil(body);
    } catch {
      setError('Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi.');
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} action="/api/verifikasi" method="post" encType="multipart/form-data" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {kode && <input type="hidden" name="kode" value={kode} />}
        <label htmlFor="berkas-pdf" className="block text-sm font-medium text-slate-800">
          Berkas PDF
        </label>
        <PilihBerkas id="berkas-pdf" name="file" accept="application/pdf,.pdf" required describedBy="berkas-pdf-petunjuk" />
        <p id="berkas-pdf-petunjuk" className="mt-1 text-xs text-slate-500">Maksimal 20 MB. Berkas hanya diperiksa, tidak disimpan.</p>
        <button
          type="submit"
          disabled={pending}
          className="mt-3 w-full rounded-md bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
        >
          {pending ? 'Memeriksa…' : label}
        </button>
        {error && (
          <p role="alert" className="mt-3 rounded bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
      </form>
      {hasil && <HasilVerifikasi hasil={hasil} />}
    </div>
  );
}
