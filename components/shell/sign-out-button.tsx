'use client';

import { kosongkanAntrean } from '@/lib/offline/antrean';

/** Signing out also empties what this phone kept for the person: cached pages and queued actions. */
function forgetOnThisPhone() {
  navigator.serviceWorker?.controller?.postMessage({ type: 'lupakan' });
  void kosongkanAntrean().catch(() => undefined);
}

export function SignOutButton({ action, className }: { action: () => Promise<void>; className?: string }) {
  return (
    <form action={action} onSubmit={forgetOnThisPhone}>
      <button type="submit" className={className}>
        Keluar
      </button>
    </form>
  );
}
