// Web Push to the phones and browsers a pegawai subscribed (lib/push). The outbox row's tujuan is
// the pegawai's id: the subscriptions are read when the message leaves, so a phone added or dropped
// after the event counts. The words are the notification's own, which name a Rahasia letter only
// by its class (lib/domain/notifikasi/pesan.ts).
import { sendWebPush, type SendWebPushDeps } from '@/lib/push/send-web-push';
import type { KanalNotifikasi, PesanKeluar } from './types';

/** The push payload's limits (pesanPushSchema): a phone shows a few lines anyway. */
const MAKS_JUDUL = 120;
const MAKS_PESAN = 400;

export function kanalPush(deps: SendWebPushDeps = {}): KanalNotifikasi {
  return {
    kanal: 'PUSH',
    async kirim(pegawaiId: string, pesan: PesanKeluar) {
      const hasil = await sendWebPush(pegawaiId, { judul: pesan.judul.slice(0, MAKS_JUDUL), pesan: pesan.pesan.slice(0, MAKS_PESAN), tautan: pesan.jalur }, deps);
      // Shown on one device is delivered: a retry would show it again on the phones that have it.
      if (hasil.terkirim === 0 && hasil.gagal > 0) throw new Error(`layanan push menolak ${hasil.gagal} langganan`);
    },
  };
}
