'use client';

import { daftarAntrean, hapusTindakan, simpanTindakan } from './antrean';

export const PESAN_SESI_BERAKHIR = 'Sesi Anda berakhir. Masuk lagi; tindakan ini dikirim sesudahnya.';

/** Whether any queued action reached the server and was applied (the page should refresh). */
let running: Promise<boolean> | null = null;

/**
 * Sends the queued actions of this person, oldest first, one at a time. Stops at the first network
 * failure (still offline) or ended session, keeping the rest; a refusal is kept with the server's
 * reason so the person sees why. One run at a time per tab, and per phone where the browser has
 * Web Locks (the server's key makes a second send harmless anyway).
 */
export function kirimAntrean(pegawaiId: string): Promise<boolean> {
  running ??= (async () => {
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      return locks ? await locks.request('antrean-luring', () => send(pegawaiId)) : await send(pegawaiId);
    } finally {
      running = null;
    }
  })();
  return running;
}

async function send(pegawaiId: string): Promise<boolean> {
  let applied = false;
  for (const item of await daftarAntrean(pegawaiId)) {
    if (item.status !== 'menunggu') continue;
    let response: Response;
    try {
      response = await fetch('/api/luring', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kunci: item.kunci, pegawaiId: item.pegawaiId, jabatanId: item.jabatanId, dibuatDi: item.dibuatDi, jenis: item.jenis, data: item.data }),
      });
    } catch {
      return applied;
    }
    // No session: the proxy sends the request to the sign-in page, or the route answers 401.
    if (response.redirected || response.status === 401) {
      if (item.pesan !== PESAN_SESI_BERAKHIR) await simpanTindakan({ ...item, pesan: PESAN_SESI_BERAKHIR });
      return applied;
    }
    const body = (await response.json().catch(() => null)) as { ok?: boolean; status?: string; pesan?: string; message?: string } | null;
    if (response.status >= 500 || !body) return applied;
    if (body.ok && body.status === 'DITERAPKAN') {
      await hapusTindakan(item.kunci);
      applied = true;
    } else {
      await simpanTindakan({ ...item, status: 'ditolak', pesan: body.pesan ?? body.message ?? 'Server menolak tindakan ini.' });
    }
  }
  return applied;
}
