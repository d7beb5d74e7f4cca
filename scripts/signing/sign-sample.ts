// `npm run sign:sample -- <out.pdf>`: the sample Surat Dinas (two pages, rendered FINAL by lib/pdf
// with its QR and BSrE footer) signed PAdES B-LT by the mock CA at its signature block. Uses DATABASE_URL or the embedded PostgreSQL (migrated first), and
// the mock CA under MOCK_CA_DIR (default .data/ca).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { mockCaDir } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate, pkiBaseUrl } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { sampleNaskahInput } from '@/lib/pdf/naskah/samples';
import { runWithDatabase } from '../db/run-script';

const out = process.argv[2];
if (!out) {
  console.error('usage: npm run sign:sample -- <out.pdf>');
  process.exit(2);
}

const SAMPLE_SIGNER = { nama: 'Contoh Penandatangan', nik: '3200000000000001', instansi: 'Pemerintah Provinsi Nusa Indah' };
const SAMPLE_PASSPHRASE = 'Contoh#TTE2026';

await runWithDatabase(async (database) => {
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url);
  try {
    await ensureCertificate(SAMPLE_SIGNER, SAMPLE_PASSPHRASE, { db });
    const started = performance.now();
    const rendered = await renderNaskahPdf(sampleNaskahInput('SURAT_DINAS', 'FINAL'));
    const { pdf } = await new MockCaSigner({ db }).signPdf({
      pdf: rendered.pdf,
      nik: SAMPLE_SIGNER.nik,
      passphrase: SAMPLE_PASSPHRASE,
      appearance: rendered.signatureBox,
      reason: 'Contoh penandatanganan naskah dinas',
      location: 'Kota Mandala',
    });
    await writeFile(out, pdf);
    const root = path.join(mockCaDir(), 'state', 'root.pem');
    console.log(`Ditandatangani dalam ${Math.round(performance.now() - started)} ms: ${path.resolve(out)}`);
    console.log(`Root mock CA: ${root}`);
    console.log(`Periksa: certutil -N -d sql:DIR --empty-password; certutil -A -d sql:DIR -n root -t "CT,C,C" -i ${root}; pdfsig -nssdir sql:DIR ${out}`);
    // poppler 22's pdfsig reports any leftover NSS error, so an unreachable OCSP responder (or -no-ocsp) shows as "Unknown issue".
    console.log(`pdfsig memeriksa OCSP di ${pkiBaseUrl()}/api/pki/ocsp: jalankan aplikasi di alamat itu (AUTH_URL), atau pdfsig 22 melaporkan "Unknown issue with Certificate".`);
  } finally {
    await db.$disconnect();
  }
});
