'use client';

import { ServerErrorPanel } from '@/components/ui/server-error-panel';

// An unexpected fault while showing a page: the navigation stays.
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ServerErrorPanel digest={error.digest} reset={reset}>
      Terjadi kesalahan di server. Perubahan yang belum disimpan tidak tercatat; coba lagi beberapa saat lagi.
    </ServerErrorPanel>
  );
}
