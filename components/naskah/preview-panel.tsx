'use client';

import { useEffect, useState } from 'react';

/**
 * The live PDF preview. The app forbids framing its pages (X-Frame-Options: DENY), so the PDF is
 * fetched and shown from a blob: URL; it reloads after each save. Phones get only the link.
 */
export function PreviewPanel({ url, version }: { url: string; version: number }) {
  const [blobUrl, setBlobUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let revoked: string | null = null;
    let cancelled = false;
    fetch(url, { cache: 'no-store' })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const blob = await res.blob();
        if (cancelled) return;
        revoked = URL.createObjectURL(blob);
        setBlobUrl(revoked);
        setError(null);
      })
      .catch(() => !cancelled && setError('Pratinjau belum dapat ditampilkan.'));
    return () => {
      cancelled = true;
      if (revoked) URL.revokeObjectURL(revoked);
    };
  }, [url, version]);
  return (
    <aside className="space-y-2" aria-label="Pratinjau">
      <a href={url} target="_blank" rel="noreferrer" className="inline-block text-sm font-medium text-brand-700">
        Lihat pratinjau (PDF)
      </a>
      {/* The preview's height is kept while it loads (it is made in a worker, a second or more for a
          long letter): the version list below it must not jump under the pointer when it arrives. */}
      <div className="sticky top-2 hidden h-[80vh] md:block">
        {blobUrl && !error ? (
          <iframe title="Pratinjau naskah" src={blobUrl} className="h-full w-full rounded-md border border-slate-200 bg-white" />
        ) : (
          <p className="flex h-full items-center justify-center rounded-md border border-dashed border-slate-300 text-sm text-slate-600">{error ?? 'Memuat pratinjau…'}</p>
        )}
      </div>
    </aside>
  );
}
