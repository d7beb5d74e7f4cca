'use client';

import { lupakanIsian } from '@/components/ui/isian-tertunda';
import { kosongkanAntrean } from '@/lib/offline/antrean';

/** Signing out also empties what this phone kept for the person: cached pages, queued actions, kept form input. */
function forgetOnThisPhone() {
  navigator.serviceWorker?.controller?.postMessage({ type: 'lupakan' });
  lupakanIsian();
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
