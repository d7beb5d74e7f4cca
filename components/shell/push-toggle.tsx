'use client';

import { useEffect, useState } from 'react';

type Keadaan = 'memeriksa' | 'tidak-didukung' | 'mati' | 'nyala' | 'diblokir' | 'gagal';

const KETERANGAN: Record<Keadaan, string> = {
  memeriksa: 'Memeriksa…',
  'tidak-didukung': 'Peramban ini tidak mendukung notifikasi. Pasang aplikasi ke layar utama lalu coba lagi.',
  mati: 'Notifikasi surat dan disposisi baru belum dinyalakan di perangkat ini.',
  nyala: 'Notifikasi dinyalakan di perangkat ini.',
  diblokir: 'Notifikasi diblokir di pengaturan peramban. Izinkan notifikasi untuk situs ini lalu coba lagi.',
  gagal: 'Notifikasi gagal dinyalakan. Periksa koneksi lalu coba lagi.',
};

async function keadaanSekarang(): Promise<Keadaan> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return 'tidak-didukung';
  if (Notification.permission === 'denied') return 'diblokir';
  try {
    const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
    return subscription ? 'nyala' : 'mati';
  } catch {
    return 'tidak-didukung';
  }
}

/** "Notifikasi di perangkat ini": subscribes this browser to Web Push (lib/push) or unsubscribes it. */
export function PushToggle() {
  const [keadaan, setKeadaan] = useState<Keadaan>('memeriksa');

  useEffect(() => {
    void keadaanSekarang().then(setKeadaan);
  }, []);

  async function nyalakan() {
    setKeadaan('memeriksa');
    try {
      if ((await Notification.requestPermission()) !== 'granted') return setKeadaan('diblokir');
      const kunci = (await (await fetch('/api/push/kunci')).json()) as { publicKey?: string };
      if (!kunci.publicKey) return setKeadaan('gagal');
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: kunci.publicKey });
      const saved = await fetch('/api/push/langganan', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(subscription.toJSON()) });
      setKeadaan(saved.ok ? 'nyala' : 'gagal');
    } catch {
      setKeadaan('gagal');
    }
  }

  async function matikan() {
    setKeadaan('memeriksa');
    const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
    if (subscription) {
      await fetch('/api/push/langganan', { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ endpoint: subscription.endpoint }) }).catch(() => undefined);
      await subscription.unsubscribe();
    }
    setKeadaan('mati');
  }

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4">
      <p className="font-semibold text-slate-900">Notifikasi di perangkat ini</p>
      <p className="mt-1 text-sm text-slate-600" role="status">
        {KETERANGAN[keadaan]}
      </p>
      {(keadaan === 'mati' || keadaan === 'gagal') && (
        <button type="button" onClick={() => void nyalakan()} className="mt-3 min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white">
          Nyalakan notifikasi
        </button>
      )}
      {keadaan === 'nyala' && (
        <button type="button" onClick={() => void matikan()} className="mt-3 min-h-11 rounded-lg border border-slate-300 px-4 font-semibold text-slate-700">
          Matikan notifikasi
        </button>
      )}
    </div>
  );
}
