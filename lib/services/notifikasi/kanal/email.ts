// E-mail through SMTP (nodemailer). SMTP_URL (smtp://user:pass@host:port or smtps://...) and
// SMTP_FROM come from the environment; one transport per process.
import nodemailer from 'nodemailer';
import type { KanalNotifikasi, PesanKeluar } from './types';

export function kanalEmail(smtpUrl: string, from: string): KanalNotifikasi {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kanal: 'EMAIL',
    async kirim(tujuan: string, pesan: PesanKeluar) {
      await transport.sendMail({
        from,
        to: { name: pesan.namaPenerima, address: tujuan },
        subject: pesan.judul,
        text: `Yth. ${pesan.namaPenerima},\n\n${pesan.pesan}\n\nBuka: ${pesan.tautan}\n\nPesan ini dikirim otomatis oleh e-Office; jangan dibalas.`,
        // The outbox id, so a mail system that sees a rare resend after a crash can drop the copy.
        messageId: `<${pesan.id}@e-office>`,
      });
    },
  };
}
