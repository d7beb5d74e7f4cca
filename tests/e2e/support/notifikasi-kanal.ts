// The e2e server's outside channels: a real SMTP server and a fake WhatsApp gateway, started by the
// launcher itself (serve-e2e.ts) on free ports. Every spec's notifications are received (no
// "connection refused" retries in the server's log) and two runs on one machine never share a port.
// What arrives is appended as one JSON line per message to files under .data/e2e-kanal/, which
// the specs read.
import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startSmtpReceiver, type Mail } from '../../support/smtp-receiver';

export const E2E_WA_TOKEN = 'e2e-gateway-token';

export interface WhatsappDiterima {
  auth?: string;
  body: { to: string; message: string };
}

const dir = () => path.join(process.cwd(), '.data', 'e2e-kanal');
const fileOf = (kanal: 'email' | 'whatsapp') => path.join(dir(), `${kanal}.jsonl`);

/** Starts both receivers; returns the environment that points the app's channels at them. */
export async function startKanalE2e(): Promise<{ env: Record<string, string>; close(): Promise<void> }> {
  rmSync(dir(), { recursive: true, force: true });
  mkdirSync(dir(), { recursive: true });
  const smtp = await startSmtpReceiver(0, (mail) => appendFileSync(fileOf('email'), `${JSON.stringify(mail)}\n`));
  const gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const entry: WhatsappDiterima = { auth: req.headers.authorization, body: JSON.parse(body) };
      appendFileSync(fileOf('whatsapp'), `${JSON.stringify(entry)}\n`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  return {
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'e-Office <no-reply@e-office.test>',
      WHATSAPP_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
      WHATSAPP_GATEWAY_TOKEN: E2E_WA_TOKEN,
    },
    async close() {
      await smtp.close();
      await new Promise((resolve) => gateway.close(resolve));
    },
  };
}

function read<T>(kanal: 'email' | 'whatsapp'): T[] {
  let text = '';
  try {
    text = readFileSync(fileOf(kanal), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

/** The mails the e2e server sent so far. */
export const emailTerkirim = () => read<Mail>('email');
/** The WhatsApp gateway requests the e2e server made so far. */
export const whatsappTerkirim = () => read<WhatsappDiterima>('whatsapp');
