// A real SMTP server (the smtp-server package) receiving on localhost; tests read what arrived.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Mail {
  messageId: string;
  /** Envelope recipients, comma-separated. */
  to: string;
  subject: string;
  /** The whole message with quoted-printable undone (soft line breaks joined, =XX decoded). */
  raw: string;
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

/** Starts receiving on `port` (0: any free port, read it from the result); `onMail` sees each mail. */
export function startSmtpReceiver(port = 0, onMail?: (mail: Mail) => void): Promise<{ port: number; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = decodeQuotedPrintable(Buffer.concat(chunks).toString('latin1'));
        const mail = {
          raw,
          messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '',
          subject: /^Subject:\s*(.*)$/im.exec(raw)?.[1]?.trim() ?? '',
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
        };
        mails.push(mail);
        onMail?.(mail);
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ port: (server.server.address() as AddressInfo).port, mails, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}
