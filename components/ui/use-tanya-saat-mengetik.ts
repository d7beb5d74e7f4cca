'use client';
import { useEffect, useEffectEvent } from 'react';

/**
 * Search-as-you-type: asks `alamat(kata)` (a GET answering JSON) once `kata` has stood still for
 * `tundaMs`, and aborts the question a newer `kata` replaces. `kata` null asks nothing. The answer's
 * body (null when it is not JSON) goes to `terjawab` with the words it answers, so an older answer
 * is never shown as a newer one's; a failure that is not an abort (offline) to `gagal`.
 */
export function useTanyaSaatMengetik(
  kata: string | null,
  alamat: (kata: string) => string,
  tundaMs: number,
  terjawab: (body: unknown, kata: string) => void,
  gagal: (kata: string) => void = () => undefined,
): void {
  const jawab = useEffectEvent(terjawab);
  const tidakTerjawab = useEffectEvent(gagal);
  const url = kata === null ? null : alamat(kata);
  useEffect(() => {
    if (kata === null || url === null) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(url, { signal: abort.signal, cache: 'no-store' })
        .then(async (res) => jawab(await res.json().catch(() => null), kata))
        .catch(() => {
          if (!abort.signal.aborted) tidakTerjawab(kata);
        });
    }, tundaMs);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [kata, url, tundaMs]);
}
