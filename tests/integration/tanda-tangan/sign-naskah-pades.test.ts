// The whole signing step with the real mock CA signer: the stored FINAL PDF is checked by tools that
// share no code with ours (pdfsig with an NSS db trusting only the mock root, OpenSSL over the
// ByteRange, qpdf), and its text carries the number and the BSrE footer on every page.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { FOOTER_BSRE } from '@/lib/pdf/naskah/render';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { getStorage } from '@/lib/storage';
import { actorFor } from '../support/actors';
import { createNaskahMenungguTandaTangan, createSigningWorld, type SigningWorld } from '../support/naskah-factories';
import { extractSignature, nssDbTrusting, pdfsig, run, workDir } from '../signing/support/independent-validators';
import { startPkiServer } from '../signing/support/pki-http-server';

const PASSPHRASE = 'Rahasia#Uji2026';
const exec = promisify(execFile);
let dir: string;
let nssDir: string;
let rootPem: string;
let pki: Awaited<ReturnType<typeof startPkiServer>>;
const signer = new MockCaSigner();

beforeAll(async () => {
  dir = await workDir('sign-naskah-pades-');
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  process.env.STORAGE_DIR = path.join(dir, 'files');
  pki = await startPkiServer(0);
  rootPem = path.join(dir, 'root.pem');
  const ca = await loadCa();
  await writeFile(rootPem, ca.root.certificate.toString('pem'));
  nssDir = await nssDbTrusting(ca.root.certificate.toString('pem'));
});

afterAll(async () => {
  await pki?.close();
});

async function certify(w: SigningWorld) {
  await ensureCertificate({ id: w.kepala.id, nama: w.kepala.nama, nik: w.kepala.nik, instansi: w.instansi.nama }, PASSPHRASE, { baseUrl: pki.baseUrl });
}

describe('signNaskah with the mock CA', () => {
  it('stores a FINAL PDF that pdfsig, openssl cms -verify and qpdf accept, numbered, with the footer on every page', async () => {
    const w = await createSigningWorld();
    await certify(w);
    const naskah = await createNaskahMenungguTandaTangan(w);
    await prisma.naskah.update({ where: { id: naskah.id }, data: { konten: { isi: Array.from({ length: 40 }, (_, i) => `<p>Paragraf ${i + 1}: pelaksanaan kegiatan dilaporkan secara berkala kepada pimpinan sesuai ketentuan yang berlaku.</p>`).join('') } } });
    const result = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, signer);

    const berkas = await prisma.berkas.findUniqueOrThrow({ where: { id: result.berkasId } });
    const pdf = (await getStorage().get(berkas.storageKey))!.bytes;
    const file = path.join(dir, 'signed-naskah.pdf');
    await writeFile(file, pdf);

    const sig = await pdfsig(file, nssDir);
    expect(sig).toContain('Signature Validation: Signature is Valid.');
    expect(sig).toContain('Certificate Validation: Certificate is Trusted.');
    expect(sig).toContain(`Signer Certificate Common Name: ${w.kepala.nama}`);

    const { cms, signedBytes } = extractSignature(pdf);
    await writeFile(path.join(dir, 'sig.der'), cms);
    await writeFile(path.join(dir, 'signed-bytes.bin'), signedBytes);
    const verified = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', path.join(dir, 'sig.der'), '-content', path.join(dir, 'signed-bytes.bin'), '-CAfile', rootPem, '-no-CApath', '-no-CAstore', '-purpose', 'any', '-out', '/dev/null']);
    expect(verified.output).toContain('Verification successful');

    const qpdf = await run('qpdf', ['--check', file]);
    expect(qpdf.output).toContain('No syntax or stream encoding errors found');

    const pages = Number(/Pages:\s+(\d+)/.exec((await exec('pdfinfo', [file])).stdout)![1]);
    expect(pages).toBeGreaterThan(1);
    const text = (await exec('pdftotext', ['-layout', file, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(result.nomor);
    const footerStart = FOOTER_BSRE.slice(0, 40);
    expect(text.split(footerStart).length - 1).toBe(pages);
  });

  it('a wrong passphrase fails with the Indonesian reason and burns no number', async () => {
    const w = await createSigningWorld();
    await certify(w);
    const naskah = await createNaskahMenungguTandaTangan(w);
    const kepala = await actorFor(w.kepala.id);
    await expect(signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: 'bukan-passphrase' }, signer)).rejects.toThrow('Passphrase salah');
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).gagalTandaTanganAlasan).toContain('Passphrase salah');
    const ok = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: PASSPHRASE }, signer);
    expect(ok.nomor).toContain('/0001/');
  });

  it('refuses a pegawai without a certificate before taking a number', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    await expect(signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, signer)).rejects.toThrow('belum terdaftar');
    expect(await prisma.nomorUrut.count({ where: { opdId: w.opd.id } })).toBe(0);
  });
});
