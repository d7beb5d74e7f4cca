// The public verification services against the real database and file storage: a signed naskah
// found by its QR code or by its exact bytes, and everything else reported as unknown or invalid.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pkijs from 'pkijs';
import { prisma } from '@/lib/db';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { toJson } from '@/lib/services/verifikasi/result';
import { verifyNaskahByKode } from '@/lib/services/verifikasi/verify-naskah-by-kode';
import { verifyUploadedPdf } from '@/lib/services/verifikasi/verify-uploaded-pdf';
import type { VerifyOptions } from '@/lib/signing/verify';
import { parseCrl } from '@/lib/signing/verify/revocation';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { getStorage } from '@/lib/storage';
import { createOpd, createInstansi, randomNik } from '../support/factories';
import { issueSigner, makeCrl, makeRoot, makeUnsignedPdf, signWithTestPki, type TestEntity } from '@/tests/support/test-pki';

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'verifikasi-'));
process.env.MOCK_CA_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'verifikasi-ca-')), 'ca');

let root: TestEntity;
let signer: TestEntity;
let options: VerifyOptions;
let opd: { id: string; nama: string };

beforeAll(async () => {
  root = await makeRoot('CN=Root Uji Verifikasi');
  signer = await issueSigner(root, 'Dra. Sri Wahyuni', '3201010101900001');
  options = { trustedRoots: [pkijs.Certificate.fromBER(root.cert.rawData)], caRevocation: { crls: [parseCrl(await makeCrl(root, []))!], ocsps: [] } };
  opd = await createOpd((await createInstansi()).id);
});

const kodeBaru = () => randomUUID().replaceAll('-', '').slice(0, 16);

async function issueNaskah(opts: { status?: 'DITANDATANGANI' | 'MENUNGGU_TANDA_TANGAN'; rahasia?: boolean; signed?: Uint8Array } = {}) {
  const pdf = opts.signed ?? (await signWithTestPki(await makeUnsignedPdf(`Surat ${randomUUID()}`), signer, [root.cert]));
  const storageKey = `naskah/${randomUUID()}/${randomUUID()}.pdf`;
  await getStorage().put(storageKey, pdf, 'application/pdf');
  const berkas = await prisma.berkas.create({
    data: { jenis: 'FINAL', storageKey, namaFile: 'naskah.pdf', mime: 'application/pdf', ukuran: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') },
  });
  const kode = kodeBaru();
  const nomor = `800/${Math.floor(Math.random() * 9000) + 1000}/DU/2026`;
  await prisma.naskah.create({
    data: {
      opdId: opd.id,
      sumber: 'INTERNAL',
      jenis: 'SURAT_DINAS',
      status: opts.status ?? 'DITANDATANGANI',
      nomor,
      perihal: 'Undangan Rapat Koordinasi',
      klasifikasiKeamanan: opts.rahasia ? 'RAHASIA' : 'BIASA',
      tanggalNaskah: new Date('2026-11-23'),
      ditandatanganiPada: new Date(),
      berkasUtamaId: berkas.id,
      kodeVerifikasi: kode,
    },
  });
  return { pdf, kode, nomor, storageKey };
}

describe('verifyNaskahByKode', () => {
  it('verifies the archived PDF of a signed naskah and shows its public details', async () => {
    const { kode, nomor } = await issueNaskah();
    const hasil = await verifyNaskahByKode({ kode }, options);
    expect(hasil.naskah).toMatchObject({ nomor, perihal: 'Undangan Rapat Koordinasi', opdNama: opd.nama, dirahasiakan: false, kodeVerifikasi: kode });
    expect(hasil.samaDenganArsip).toBe(true);
    expect(hasil.verification.conclusion).toBe('VALID');
    expect(hasil.verification.signatures[0]).toMatchObject({ signerName: 'Dra. Sri Wahyuni', signerNik: '3201********0001' });
  });

  it('answers JSON with the indication, the time that was proven and the one only claimed, and the path, without the NIK', async () => {
    const { kode } = await issueNaskah();
    const json = toJson(await verifyNaskahByKode({ kode }, options));
    const [s] = json.verification.signatures;
    expect(s).toMatchObject({ indication: 'TOTAL_PASSED', subIndication: null, timeSource: 'CURRENT_TIME', timeStampTime: null });
    expect(typeof s.validationTime).toBe('string');
    expect(typeof s.claimedSigningTime).toBe('string');
    expect(s.path.map((c) => [c.role, c.subject])).toEqual([
      ['SIGNER', 'CN=Dra. Sri Wahyuni, C=ID'],
      ['ROOT', 'CN=Root Uji Verifikasi'],
    ]);
    expect(s.penjelasan).toEqual({ hasil: 'Lolos seluruh pemeriksaan', alasan: null, waktu: expect.stringMatching(/hanya waktu yang diklaim penanda tangan/) });
    expect(JSON.stringify(json)).not.toContain('3201010101900001');
  });

  it('reports a forged copy of the naskah (self-made certificate with the same names) as invalid, with the reason', async () => {
    const forgerRoot = await makeRoot('CN=Root Uji Verifikasi');
    const forger = await issueSigner(forgerRoot, 'Dra. Sri Wahyuni', '3201010101900001');
    const forged = await signWithTestPki(await makeUnsignedPdf('Surat palsu'), forger, [forgerRoot.cert]);
    const hasil = await verifyUploadedPdf({ pdf: forged }, options);
    expect(hasil.verification.conclusion).toBe('INVALID');
    expect(hasil.verification.signatures[0]).toMatchObject({ indication: 'INDETERMINATE', subIndication: 'NO_CERTIFICATE_CHAIN_FOUND', status: 'INVALID', trusted: false });
    expect(hasil.verification.summary).toMatch(/TIDAK valid/);
  });

  it('trusts the mock CA by default in development and tests: its B-LTA signature is valid offline', async () => {
    const nik = randomNik();
    await ensureCertificate({ nik, nama: 'Ir. Bambang Wijaya', instansi: 'Pemerintah Uji' }, 'Rahasia#Uji2026');
    const { pdf } = await new MockCaSigner().signPdf({ pdf: await makeUnsignedPdf('Surat mock CA'), nik, passphrase: 'Rahasia#Uji2026' });
    const { kode } = await issueNaskah({ signed: pdf });
    const hasil = await verifyNaskahByKode({ kode });
    expect(hasil.verification.conclusion).toBe('VALID');
    expect(hasil.verification.signatures[0]).toMatchObject({
      signerName: 'Ir. Bambang Wijaya',
      indication: 'TOTAL_PASSED',
      level: 'B-LTA',
      timeSource: 'SIGNATURE_TIMESTAMP',
      signerNik: `${nik.slice(0, 4)}********${nik.slice(12)}`,
    });
  });

  it('hides the perihal of a Rahasia naskah', async () => {
    const { kode } = await issueNaskah({ rahasia: true });
    const hasil = await verifyNaskahByKode({ kode }, options);
    expect(hasil.naskah).toMatchObject({ perihal: null, dirahasiakan: true });
  });

  it('reports an archived file that was altered after issue', async () => {
    const { kode, storageKey, pdf } = await issueNaskah();
    const altered = Buffer.from(pdf);
    altered.write('/MediaBox [ 0 0 596', altered.indexOf('/MediaBox [ 0 0 595'), 'latin1');
    await getStorage().put(storageKey, altered, 'application/pdf');
    const hasil = await verifyNaskahByKode({ kode }, options);
    expect(hasil.samaDenganArsip).toBe(false);
    expect(hasil.verification.conclusion).toBe('INVALID');
  });

  it('does not know a naskah that is not signed yet, even with a code (wrong state)', async () => {
    const { kode } = await issueNaskah({ status: 'MENUNGGU_TANDA_TANGAN' });
    await expect(verifyNaskahByKode({ kode }, options)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each(['TIDAKADA123', '../../etc/passwd', '', 'x'.repeat(200)])('answers an unknown or malformed code %j with not found', async (kode) => {
    await expect(verifyNaskahByKode({ kode }, options)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('verifyUploadedPdf', () => {
  it('recognises the exact file the system issued', async () => {
    const { pdf, nomor } = await issueNaskah();
    const hasil = await verifyUploadedPdf({ pdf }, options);
    expect(hasil.naskah?.nomor).toBe(nomor);
    expect(hasil.samaDenganArsip).toBe(true);
    expect(hasil.verification.conclusion).toBe('VALID');
  });

  it('does not link a changed copy to the naskah, and reports it invalid', async () => {
    const { pdf } = await issueNaskah();
    const copy = Buffer.from(pdf);
    copy.write('/MediaBox [ 0 0 596', copy.indexOf('/MediaBox [ 0 0 595'), 'latin1');
    const hasil = await verifyUploadedPdf({ pdf: copy }, options);
    expect(hasil.naskah).toBeNull();
    expect(hasil.samaDenganArsip).toBeNull();
    expect(hasil.verification.conclusion).toBe('INVALID');
  });

  it('compares an upload with the naskah behind a QR code: same file, then a different one', async () => {
    const first = await issueNaskah();
    const other = await issueNaskah();
    const same = await verifyUploadedPdf({ pdf: first.pdf, kode: first.kode }, options);
    expect(same).toMatchObject({ samaDenganArsip: true, naskah: { nomor: first.nomor } });
    const different = await verifyUploadedPdf({ pdf: other.pdf, kode: first.kode }, options);
    expect(different).toMatchObject({ samaDenganArsip: false, naskah: { nomor: first.nomor } });
    // The other file is validly signed, just not the naskah of this code.
    expect(different.verification.conclusion).toBe('VALID');
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a file that is not a PDF', new TextEncoder().encode('<html>bukan pdf</html>')],
  ])('refuses %s with a clear message', async (_, pdf) => {
    await expect(verifyUploadedPdf({ pdf }, options)).rejects.toBeInstanceOf(DomainError);
  });
});
