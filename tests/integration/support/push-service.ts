// A local push service for tests: a real HTTPS server (its certificate made here, trusted through the
// request's agent only) that receives what web-push POSTs and decrypts it as the browser would, with
// the subscription's private key (RFC 8291 over RFC 8188 aes128gcm). Decrypting here, by hand, checks
// what a phone would show rather than trusting the library that encrypted it.
import { execFileSync } from 'node:child_process';
import { createDecipheriv, createECDH, hkdfSync, randomBytes, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import webpush from 'web-push';

export interface PushDiterima {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A browser's subscription keys, with the private half the browser would keep. */
export interface KunciPeramban {
  p256dh: string;
  auth: string;
  ecdh: ECDH;
}

export function kunciPeramban(): KunciPeramban {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url'), ecdh };
}

/** Opens an aes128gcm Web Push body (one record) with the browser's keys; returns the plaintext. */
export function bukaPesanPush(body: Buffer, kunci: KunciPeramban): string {
  const salt = body.subarray(0, 16);
  const idlen = body.readUInt8(20);
  const serverPublic = body.subarray(21, 21 + idlen);
  const record = body.subarray(21 + idlen);
  const browserPublic = kunci.ecdh.getPublicKey();
  const shared = kunci.ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browserPublic, serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, Buffer.from(kunci.auth, 'base64url'), keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02 followed by zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('pesan push tanpa pembatas rekaman terakhir');
  return padded.subarray(0, end).toString('utf8');
}

/**
 * Starts the service. Paths starting /hilang answer 410 (the browser unsubscribed), /rusak 500
 * (the service is failing), anything else 201.
 */
export async function startPushService() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'push-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const tls = { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  const received: PushDiterima[] = [];
  const server = createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = req.url?.startsWith('/hilang') ? 410 : req.url?.startsWith('/rusak') ? 500 : 201;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new Agent({ ca: tls.cert });
  const send: typeof webpush.sendNotification = (subscription, payload, options) => webpush.sendNotification(subscription, payload, { ...options, agent });
  return {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    /** web-push's sender, trusting this server's certificate. */
    send,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
