'use client';

// The phone's queue of actions made offline, in IndexedDB (it outlives a closed tab and a restarted
// phone). Each item keeps the key the server deduplicates on, so sending it twice applies it once.
import type { JenisTindakanLuring } from '@/lib/domain/offline/tindakan-luring-schema';

export interface TindakanTertunda {
  kunci: string;
  pegawaiId: string;
  jabatanId: string;
  dibuatDi: string;
  jenis: JenisTindakanLuring;
  data: Record<string, string | string[]>;
  naskahId: string;
  /** What the person did, in their words: "Disposisi ke Kabid Aptika". */
  ringkasan: string;
  status: 'menunggu' | 'ditolak';
  pesan?: string;
}

const DB = 'e-office-luring';
const STORE = 'antrean';
/** Fired on window whenever the queue changes, so every view of it re-reads. */
export const ANTREAN_BERUBAH = 'antrean-luring-berubah';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'kunci' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

function changed() {
  window.dispatchEvent(new Event(ANTREAN_BERUBAH));
}

export async function daftarAntrean(pegawaiId: string): Promise<TindakanTertunda[]> {
  const all = await withStore<TindakanTertunda[]>('readonly', (s) => s.getAll());
  return all.filter((t) => t.pegawaiId === pegawaiId).sort((a, b) => a.dibuatDi.localeCompare(b.dibuatDi));
}

export async function simpanTindakan(item: TindakanTertunda): Promise<void> {
  await withStore('readwrite', (s) => s.put(item));
  changed();
}

export async function hapusTindakan(kunci: string): Promise<void> {
  await withStore('readwrite', (s) => s.delete(kunci));
  changed();
}

/** On sign-out: nothing a person queued stays behind for the next one on a shared phone. */
export async function kosongkanAntrean(): Promise<void> {
  await withStore('readwrite', (s) => s.clear());
}
