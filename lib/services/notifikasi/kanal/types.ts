// A channel outside the app. E-mail and WhatsApp live here; Web Push (lib/push) implements the same
// contract and is added to kanalTerpasang() in ./index.ts.
import type { KanalLuar } from '@/lib/domain/notifikasi/jenis';

export interface PesanKeluar {
  /** The outbox row's id: the message's idempotency key towards the provider (Message-ID, header). */
  id: string;
  namaPenerima: string;
  judul: string;
  pesan: string;
  /** Absolute link into the app. */
  tautan: string;
}

export interface KanalNotifikasi {
  readonly kanal: KanalLuar;
  /** Sends one message to `tujuan` (an address of this channel); throws when the provider refuses or is down. */
  kirim(tujuan: string, pesan: PesanKeluar): Promise<void>;
}

/** The channels this instance has configured, by name. */
export type KanalTerpasang = Partial<Record<KanalLuar, KanalNotifikasi>>;
