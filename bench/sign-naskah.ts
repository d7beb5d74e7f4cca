// `npm run bench:sign`: PAdES B-LT signing with the mock CA, figures only (asserts nothing).
// - one two-page naskah per call: render (lib/pdf, FINAL with QR and footer) and sign (unlock key,
//   placeholder, CMS + time-stamp, CRL + OCSP, DSS): p50/p95 of 50
// - 100 naskah in one batch with one passphrase entry
// - beside them, a bare `openssl cms -sign` of the same bytes (process start included)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { ensureCertificate, unlockSigningKey } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { derToPem } from '@/lib/signing/pki/der';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { sampleNaskahInput } from '@/lib/pdf/naskah/samples';
import { runWithDatabase } from '../scripts/db/run-script';

const HOLDER = { nama: 'Penanda Tangan Bench', nik: '3200000000000099', instansi: 'Pemerintah Provinsi Nusa Indah' };
const PASSPHRASE = 'Bench#TTE2026';
const RUNS = 50;
const BATCH = 100;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

await runWithDatabase(async (database) => {
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url);
  try {
    await ensureCertificate(HOLDER, PASSPHRASE, { db });
    const signer = new MockCaSigner({ db });
    // The sample Surat Dinas renders to two pages; FINAL draws the QR inside the signature box.
    const renderSample = () => renderNaskahPdf(sampleNaskahInput('SURAT_DINAS', 'FINAL'));
    const { pdf, pageCount } = await renderSample();
    const sign = async () => {
      const rendered = await renderSample();
      return signer.signPdf({ pdf: rendered.pdf, nik: HOLDER.nik, passphrase: PASSPHRASE, appearance: rendered.signatureBox });
    };

    for (let i = 0; i < 3; i++) await sign();
    const times: number[] = [];
    let signed: Uint8Array = pdf;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      signed = (await sign()).pdf;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`Render + tanda tangan satu naskah ${pageCount} halaman (${RUNS}x): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, min ${ms(times[0])}, max ${ms(times.at(-1)!)} (target p50 < 150 ms)`);

    const batchStart = performance.now();
    const inputs: Parameters<typeof signer.signPdfBatch>[0] = [];
    for (let i = 0; i < BATCH; i++) {
      const rendered = await renderSample();
      inputs.push({ pdf: rendered.pdf, appearance: rendered.signatureBox });
    }
    await signer.signPdfBatch(inputs, { nik: HOLDER.nik, passphrase: PASSPHRASE });
    const batchMs = performance.now() - batchStart;
    console.log(`${BATCH} naskah dirender dan ditandatangani dalam satu batch: ${(batchMs / 1000).toFixed(2)} s (${ms(batchMs / BATCH)} per naskah; target < 15 s)`);

    // The same signed bytes, signed by OpenSSL alone with the same key (written to a temp dir, removed after).
    const text = Buffer.from(signed).toString('latin1');
    const [, a, b, c, d] = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(text)!.map(Number);
    const bytes = Buffer.concat([Buffer.from(signed.subarray(a, a + b)), Buffer.from(signed.subarray(c, c + d))]);
    const key = await unlockSigningKey(HOLDER.nik, PASSPHRASE, { db });
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-sign-'));
    try {
      writeFileSync(path.join(dir, 'content.bin'), bytes);
      writeFileSync(path.join(dir, 'cert.pem'), derToPem(key.certificate));
      writeFileSync(path.join(dir, 'key.pem'), key.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, { mode: 0o600 });
      const args = ['cms', '-sign', '-binary', '-in', path.join(dir, 'content.bin'), '-signer', path.join(dir, 'cert.pem'), '-inkey', path.join(dir, 'key.pem'), '-outform', 'DER', '-out', path.join(dir, 'sig.der')];
      const openssl: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        execFileSync('openssl', args);
        openssl.push(performance.now() - t);
      }
      openssl.sort((x, y) => x - y);
      console.log(`openssl cms -sign dari byte yang sama (20x, termasuk start proses): p50 ${ms(percentile(openssl, 50))}, p95 ${ms(percentile(openssl, 95))}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await db.$disconnect();
  }
});
