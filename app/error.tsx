'use client';

import { ServerErrorPanel } from '@/components/ui/server-error-panel';

// A fault in a public page (sign-in, verification).
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ServerErrorPanel digest={error.digest} reset={reset}>
      Terjadi kesalahan di server. Coba lagi beberapa saat lagi.
    </ServerErrorPanel>
  );
}
