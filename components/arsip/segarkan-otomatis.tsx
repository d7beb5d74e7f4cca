'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Reloads the page's server data every few seconds while something is running (an export's progress). */
export function SegarkanOtomatis({ detik = 5 }: { detik?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), detik * 1000);
    return () => clearInterval(timer);
  }, [router, detik]);
  return null;
}
