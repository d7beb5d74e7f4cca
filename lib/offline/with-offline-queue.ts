'use client';

import type { FormState } from '@/lib/actions/form-state';
import { KUNCI_LURING, type JenisTindakanLuring } from '@/lib/domain/offline/tindakan-luring-schema';
import { simpanTindakan } from './antrean';
import type { PelakuLuring } from './luring-context';

export const PESAN_MENUNGGU_KONEKSI = 'Tersimpan di ponsel. Menunggu koneksi: dikirim otomatis saat jaringan kembali.';
export const PESAN_LAMPIRAN_LURING = 'Lampiran tidak dapat disimpan saat luring. Kirim tanpa lampiran, atau tunggu jaringan kembali.';

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

/** A form's fields as the queue keeps them (text only; files never wait on the phone). */
function fields(data: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of data) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || key === KUNCI_LURING) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/**
 * Wraps a form's server action: online it runs as usual; offline (or when the call cannot reach
 * the server) the fields are kept on the phone under the submit's key and sent later by kirimAntrean.
 */
export function withOfflineQueue(
  action: Action,
  pelaku: PelakuLuring | null,
  describe: (data: FormData) => { jenis: JenisTindakanLuring; naskahId: string; ringkasan: string },
): Action {
  return async (prev, data) => {
    // One key per submit, sent with the online attempt too: when its answer is lost on the way back
    // (the server may have done it), the queued copy carries the same key and is applied once.
    // randomUUID exists only in a secure context, as does the queue (its service worker).
    const kunci = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : null;
    if (kunci && pelaku?.jabatanId) data.set(KUNCI_LURING, kunci);
    if (navigator.onLine || !pelaku?.jabatanId) {
      try {
        return await action(prev, data);
      } catch (error) {
        // A TypeError is fetch's "the network failed"; anything else (a redirect signal) goes on.
        if (!(error instanceof TypeError) || !pelaku?.jabatanId) throw error;
      }
    }
    if ([...data.values()].some((v) => typeof v !== 'string' && v.size > 0)) return { ok: false, message: PESAN_LAMPIRAN_LURING };
    const { jenis, naskahId, ringkasan } = describe(data);
    await simpanTindakan({
      kunci: kunci ?? crypto.randomUUID(),
      pegawaiId: pelaku.pegawaiId,
      jabatanId: pelaku.jabatanId,
      dibuatDi: new Date().toISOString(),
      jenis,
      data: fields(data),
      naskahId,
      ringkasan,
      status: 'menunggu',
    });
    return { ok: true, message: PESAN_MENUNGGU_KONEKSI };
  };
}
