// A channel outside the app: e-mail, WhatsApp and Web Push each implement this contract, and
// kanalTerpasang() in ./index.ts picks the ones this instance has configured.
import type { KanalLuar } from '@/lib/domain/notifikasi/jenis';

export interface PesanKeluar {
  /** The outbox row's id: the message's idempotency key towards the provider (Message-ID, header). */
  id: string;
  namaPenerima: string;
  judul: string;
  pesan: string;
  /** Absolute link into the app. */
  tautan: string;
  /** The same link as a path inside the app (a push notification opens it in the installed app). */
  jalur: string;
}

export interface KanalNotifikasi {
  readonly kanal: KanalLuar;
  /** Sends one message to `tujuan` (an address of this channel); throws when the provider refuses or is down. */
  kirim(tujuan: string, pesan: PesanKeluar): Promise<void>;
}

/** The channels this instance has configured, by name. */
export type KanalTerpasang = Partial<Record<KanalLuar, KanalNotifikasi>>;
