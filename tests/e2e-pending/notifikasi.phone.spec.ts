import http from 'node:http';
import { expect, test, type Browser } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { createPrismaClient } from '@/lib/db/client';
import { embeddedUrl } from '@/lib/db/embedded-postgres';
import { DEFAULT_EMBEDDED } from '@/lib/db/resolve-database';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { E2E_SMTP_PORT, E2E_WA_PORT, E2E_WA_TOKEN } from '../e2e/support/notifikasi-kanal';
import { accountOf, storageStateOf } from '../e2e/support/roles';

// A Kepala Dinas disposes a letter on a phone; the Kabid's bell, e-mail (read from a real SMTP server
// on this machine) and WhatsApp (a fake gateway recording requests) each receive it. The e2e server
// sends to these ports (tests/e2e/support/notifikasi-kanal.ts) from its job runner.

const mails: { to: string; raw: string }[] = [];
const whatsapp: { auth?: string; body: { to: string; message: string } }[] = [];
let smtp: SMTPServer;
let gateway: http.Server;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw: Buffer.concat(chunks).toString('utf8').replace(/=\r?\n/g, '') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, '127.0.0.1', () => resolve()));
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      whatsapp.push({ auth: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(E2E_WA_PORT, '127.0.0.1', () => resolve()));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

async function as(browser: Browser, key: DemoAccountKey) {
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** An external letter already registered and delivered to the Kepala Dinas (registration has its own spec). */
async function deliverToKepala(perihal: string): Promise<string> {
  const prisma = createPrismaClient(embeddedUrl(Number(process.env.EMBEDDED_PG_PORT ?? 5435), DEFAULT_EMBEDDED.database));
  try {
    const kepala = await prisma.pegawai.findUniqueOrThrow({ where: { nip: accountOf('kepala').nip }, select: { penugasan: { where: { jenis: 'DEFINITIF' }, select: { jabatanId: true, jabatan: { select: { opdId: true } } } } } });
    const { jabatanId, jabatan } = kepala.penugasan[0]!;
    const naskah = await prisma.naskah.create({ data: { opdId: jabatan.opdId, sumber: 'EKSTERNAL', status: 'TERCATAT', perihal, pengirimNama: 'Kementerian Dalam Negeri', klasifikasiKeamanan: 'BIASA', derajatKecepatan: 'SEGERA' } });
    await prisma.delivery.create({ data: { naskahId: naskah.id, jabatanId, opdId: jabatan.opdId, jenis: 'TUJUAN', klasifikasiKeamanan: 'BIASA', derajatKecepatan: 'SEGERA', deliveredAt: new Date() } });
    return naskah.id;
  } finally {
    await prisma.$disconnect();
  }
}

test('a disposisi given on a phone reaches the Kabid in the bell, by e-mail and on WhatsApp', async ({ browser }, testInfo) => {
  const perihal = `Permintaan data SPBE ${Date.now()}`;
  const nomor = `62812${String(Date.now()).slice(-7)}`;

  // The Kabid gives a WhatsApp number on the settings page (phone width).
  const kabid = await as(browser, 'kabid');
  await kabid.goto('/notifikasi/pengaturan');
  await kabid.getByLabel('Nomor WhatsApp').fill(`0${nomor.slice(2, 5)} ${nomor.slice(5, 9)} ${nomor.slice(9)}`);
  await expect(kabid.getByRole('group', { name: 'Disposisi masuk untuk Anda' }).getByRole('checkbox', { name: 'WhatsApp' })).toBeChecked();
  await kabid.getByRole('button', { name: 'Simpan pengaturan' }).tap();
  await expect(kabid.getByRole('status')).toContainText('Pengaturan notifikasi disimpan.');
  expect(await kabid.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await kabid.screenshot({ path: testInfo.outputPath('1-kabid-pengaturan.png'), fullPage: true });

  const naskahId = await deliverToKepala(perihal);
  const kepala = await as(browser, 'kepala');
  await kepala.goto(`/surat-masuk/${naskahId}`);
  await kepala.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ }).tap();
  await kepala.getByRole('button', { name: /Kirim disposisi/ }).tap();
  await expect(kepala.getByRole('list', { name: 'Riwayat disposisi' }).getByTestId('disposisi-penerima')).toContainText(['Belum dibaca']);

  // The bell: its count and the list agree, and the notification links to the letter.
  await kabid.goto('/');
  const bell = kabid.getByRole('link', { name: /^Notifikasi, \d+ belum dibaca$/ });
  const unread = Number(/(\d+) belum dibaca/.exec((await bell.getAttribute('aria-label'))!)![1]);
  await bell.tap();
  await expect(kabid.getByRole('list', { name: 'Daftar notifikasi' }).getByText('Belum dibaca:')).toHaveCount(unread);
  const item = kabid.getByRole('listitem').filter({ hasText: perihal });
  await expect(item).toContainText('Disposisi baru');
  await kabid.screenshot({ path: testInfo.outputPath('2-kabid-lonceng.png'), fullPage: true });
  await item.getByRole('link', { name: 'Buka' }).tap();
  await expect(kabid).toHaveURL(new RegExp(`/surat-masuk/${naskahId}$`));
  await expect(kabid.getByRole('heading', { name: perihal })).toBeVisible();

  // E-mail and WhatsApp leave from the job runner within seconds.
  await expect.poll(() => mails.filter((m) => m.to === accountOf('kabid').email && m.raw.includes(perihal)).length, { timeout: 45_000 }).toBe(1);
  const mail = mails.find((m) => m.raw.includes(perihal))!;
  expect(mail.raw).toContain('Subject: Disposisi baru');
  expect(mail.raw).toContain(`/surat-masuk/${naskahId}`);
  await expect.poll(() => whatsapp.filter((w) => w.body.to === nomor && w.body.message.includes(perihal)).length, { timeout: 45_000 }).toBe(1);
  expect(whatsapp.find((w) => w.body.to === nomor)!.auth).toBe(`Bearer ${E2E_WA_TOKEN}`);
});
