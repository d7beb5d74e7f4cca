// WhatsApp through an HTTP gateway (the pemda's own or a provider's). The gateway differs per
// deployment, so the request is configured: WHATSAPP_GATEWAY_URL, WHATSAPP_GATEWAY_TOKEN (sent as
// a Bearer token) and WHATSAPP_TEMPLATE, a JSON body whose {{nomor}}, {{pesan}}, {{judul}},
// {{tautan}} and {{nama}} are replaced (JSON-escaped) per message.
import type { KanalNotifikasi, PesanKeluar } from './types';

export const TEMPLATE_BAWAAN = '{"to":"{{nomor}}","message":"{{pesan}}"}';

export interface WhatsappConfig {
  url: string;
  token?: string;
  template?: string;
  timeoutMs?: number;
}

/** The request body for one message; values are escaped as JSON string contents. */
export function isiPermintaan(template: string, nomor: string, pesan: PesanKeluar): string {
  const text = `*${pesan.judul}*\n${pesan.pesan}\n${pesan.tautan}`;
  const values: Record<string, string> = { nomor, pesan: text, judul: pesan.judul, tautan: pesan.tautan, nama: pesan.namaPenerima };
  return template.replace(/\{\{(nomor|pesan|judul|tautan|nama)\}\}/g, (_, key: string) => JSON.stringify(values[key]).slice(1, -1));
}

export function kanalWhatsapp(config: WhatsappConfig): KanalNotifikasi {
  const template = config.template || TEMPLATE_BAWAAN;
  JSON.parse(isiPermintaan(template, '0', { id: '0', namaPenerima: '', judul: '', pesan: '', tautan: '', jalur: '/' }));
  return {
    kanal: 'WHATSAPP',
    async kirim(tujuan: string, pesan: PesanKeluar) {
      const response = await fetch(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': pesan.id,
          ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
        },
        body: isiPermintaan(template, tujuan, pesan),
        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`gateway WhatsApp menjawab ${response.status}`);
    },
  };
}
