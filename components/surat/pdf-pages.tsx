'use client';

import { useEffect, useRef, useState } from 'react';

const MAX_PAGES = 30;

/** Pixels drawn per CSS pixel: above the screen's own so a pinch-zoomed page stays sharp. */
const MAX_RATIO = 3;

/**
 * A PDF drawn page by page into canvases with pdf.js, because phone browsers do not show a PDF
 * inside a page (Chrome on Android offers only a download). Each page fits the width; the page's
 * own pinch zoom enlarges it. The file is fetched whole (no range requests), so the service worker
 * can keep it for offline reading. The "open" link stays as a fallback.
 */
export function PdfPages({ src, title, linkLabel = 'Buka PDF di tab baru ↗' }: { src: string; title: string; linkLabel?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'error'; pages: number }>({ status: 'loading', pages: 0 });

  useEffect(() => {
    const host = container.current;
    let cancelled = false;
    let destroy: (() => void) | null = null;
    (async () => {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/worker';
      const task = pdfjs.getDocument({ url: src, withCredentials: true, disableRange: true, disableStream: true });
      destroy = () => void task.destroy();
      const doc = await task.promise;
      if (cancelled || !host) return;
      const count = Math.min(doc.numPages, MAX_PAGES);
      const cssWidth = host.clientWidth;
      const ratio = Math.min((window.devicePixelRatio || 1) * 1.5, MAX_RATIO);
      for (let n = 1; n <= count && !cancelled; n++) {
        const page = await doc.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.className = 'block w-full rounded border border-slate-200 bg-white shadow-sm';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `${title}, halaman ${n} dari ${doc.numPages}`);
        host.appendChild(canvas);
        await page.render({ canvas, viewport }).promise;
        setState({ status: 'ready', pages: doc.numPages });
      }
    })().catch((error: unknown) => {
      if (cancelled) return;
      // Kept in the browser console for whoever supports the user; the page shows the fallback.
      console.error('[pdf-pages]', error);
      setState({ status: 'error', pages: 0 });
    });
    return () => {
      cancelled = true;
      destroy?.();
      host?.replaceChildren();
    };
  }, [src, title]);

  return (
    <div>
      <div ref={container} className="space-y-3" data-testid="pdf-pages" data-status={state.status} />
      {state.status === 'loading' && <p className="py-8 text-center text-sm text-slate-500">Memuat dokumen…</p>}
      {state.status === 'error' && <p className="py-4 text-sm text-red-700">Dokumen tidak dapat ditampilkan di sini. Buka berkasnya dengan tautan di bawah.</p>}
      {state.pages > MAX_PAGES && <p className="mt-2 text-sm text-slate-500">Menampilkan {MAX_PAGES} dari {state.pages} halaman.</p>}
      <a href={src} target="_blank" rel="noopener" className="mt-2 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700">
        {linkLabel}
      </a>
    </div>
  );
}
