'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';

/**
 * Reloads the page's server data every few seconds while something is running (an export's
 * progress). The next reload waits until the last one has been shown: reloads that overlap keep
 * React's transitions (and with them a form's "sedang diproses" state, the greyed button) pending
 * without end on a slow server, since each new one joins those still waiting.
 */
export function SegarkanOtomatis({ detik = 5 }: { detik?: number }) {
  const router = useRouter();
  const [memuat, startTransition] = useTransition();
  useEffect(() => {
    if (memuat) return;
    const timer = setTimeout(() => startTransition(() => router.refresh()), detik * 1000);
    return () => clearTimeout(timer);
  }, [router, detik, memuat]);
  return null;
}
