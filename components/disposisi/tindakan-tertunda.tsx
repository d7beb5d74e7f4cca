'use client';

import { useEffect, useState } from 'react';
import { ANTREAN_BERUBAH, daftarAntrean, hapusTindakan, simpanTindakan, type TindakanTertunda } from '@/lib/offline/antrean';
import { usePelakuLuring } from '@/lib/offline/luring-context';

/**
 * What the person did on this letter while offline: waiting for the network, or refused on
 * arrival with the server's reason (the letter was withdrawn, someone else acted first...).
 * A letter read offline (from the phone's copy) is marked read once the network returns; that
 * quiet step is not listed unless the server refuses it.
 */
export function TindakanTertundaList({ naskahId }: { naskahId: string }) {
  const pelaku = usePelakuLuring();
  const [items, setItems] = useState<TindakanTertunda[]>([]);

  useEffect(() => {
    if (!pelaku) return;
    let alive = true;
    const load = () => void daftarAntrean(pelaku.pegawaiId).then((all) => alive && setItems(all.filter((t) => t.naskahId === naskahId && (t.jenis !== 'baca' || t.status === 'ditolak'))));
    load();
    window.addEventListener(ANTREAN_BERUBAH, load);
    if (!navigator.onLine && pelaku.jabatanId) {
      const { pegawaiId, jabatanId } = pelaku;
      void daftarAntrean(pegawaiId).then((all) => {
        if (all.some((t) => t.jenis === 'baca' && t.naskahId === naskahId)) return;
        return simpanTindakan({ kunci: crypto.randomUUID(), pegawaiId, jabatanId, dibuatDi: new Date().toISOString(), jenis: 'baca', data: { naskahId }, naskahId, ringkasan: 'Tandai surat dibaca', status: 'menunggu' });
      });
    }
    return () => {
      alive = false;
      window.removeEventListener(ANTREAN_BERUBAH, load);
    };
  }, [pelaku, naskahId]);

  if (items.length === 0) return null;
  return (
    <ul aria-label="Tindakan di ponsel ini" className="space-y-2">
      {items.map((t) => (
        <li key={t.kunci} data-testid="tindakan-tertunda" className={`rounded-lg border px-3 py-2 text-sm ${t.status === 'ditolak' ? 'border-red-300 bg-red-50 text-red-900' : 'border-amber-300 bg-amber-50 text-amber-900'}`}>
          <p className="font-semibold">{t.status === 'ditolak' ? 'Ditolak server' : 'Menunggu koneksi'}: {t.ringkasan}</p>
          {t.pesan && <p>{t.pesan}</p>}
          {t.status === 'ditolak' && (
            <button type="button" onClick={() => void hapusTindakan(t.kunci)} className="mt-1 min-h-11 rounded-md border border-red-300 bg-white px-4 font-semibold text-red-800">
              Tutup
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
