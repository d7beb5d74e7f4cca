'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ANTREAN_BERUBAH, daftarAntrean } from '@/lib/offline/antrean';
import { kirimAntrean } from '@/lib/offline/kirim-antrean';

const RETRY_MS = 30_000;

/** Whether this page came from what the service worker kept, because the network failed. */
function servedFromKeeping(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return Boolean(entry?.serverTiming?.some((timing) => timing.name === 'luring'));
}

/**
 * Registers the service worker (public/sw.js), says when the phone is offline and how many actions
 * wait for the network, and sends them when it returns (and every half minute while any wait, for
 * a network that is "up" but carries nothing). A page refreshes once something was applied.
 */
export function LuringStatus({ pegawaiId }: { pegawaiId: string }) {
  const router = useRouter();
  const [online, setOnline] = useState(true);
  const [menunggu, setMenunggu] = useState(0);

  useEffect(() => {
    if ('serviceWorker' in navigator) {
      const firstLoad = !navigator.serviceWorker.controller;
      navigator.serviceWorker
        .register('/sw.js', { scope: '/' })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          // Loaded before the worker took control: hand it this page and its files to keep.
          if (!firstLoad) return;
          const files = performance.getEntriesByType('resource').map((entry) => entry.name);
          registration.active?.postMessage({ type: 'simpan', urls: [window.location.href, ...files] });
        })
        .catch((error: unknown) => console.error('[sw]', error));
    }
  }, []);

  useEffect(() => {
    let alive = true;
    // Answered from the phone's keeping (public/sw.js marks it): offline until the network returns.
    let kept = servedFromKeeping();
    const recount = () => void daftarAntrean(pegawaiId).then((items) => alive && setMenunggu(items.filter((t) => t.status === 'menunggu' && t.jenis !== 'baca').length));
    const flush = (event?: Event) => {
      if (event?.type === 'online') kept = false;
      setOnline(navigator.onLine && !kept);
      if (!navigator.onLine) return;
      void kirimAntrean(pegawaiId).then((applied) => {
        if (!applied || !alive) return;
        kept = false; // the network carried them: online again
        router.refresh();
      });
    };
    flush();
    recount();
    window.addEventListener('online', flush);
    window.addEventListener('offline', flush);
    window.addEventListener(ANTREAN_BERUBAH, recount);
    const timer = window.setInterval(flush, RETRY_MS);
    return () => {
      alive = false;
      window.removeEventListener('online', flush);
      window.removeEventListener('offline', flush);
      window.removeEventListener(ANTREAN_BERUBAH, recount);
      window.clearInterval(timer);
    };
  }, [pegawaiId, router]);

  if (online && menunggu === 0) return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 md:px-6" data-testid="status-luring">
      {!online && <p className="font-semibold">Anda sedang luring. Surat yang pernah dibuka tetap dapat dibaca.</p>}
      {menunggu > 0 && <p>Menunggu koneksi: {menunggu} tindakan akan dikirim saat jaringan kembali.</p>}
    </div>
  );
}
