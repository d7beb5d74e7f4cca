// A signed naskah made B-LTA and then renewed once and twice, as the renewal job does (validation
// data, then a new document time-stamp, each an incremental update that writes the catalog, the
// page and the AcroForm again): after every round our own verifier, offline from the DSS alone
// (it asks the mock CA's endpoints nothing), and the public verification service (the worker
// pool) call it valid and B-LTA, and pdfsig and qpdf still accept it. pdfsig (NSS) only calls a
// certificate trusted after asking its OCSP responder, so the endpoints do listen.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pkijs from 'pkijs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { verifyUploadedPdf } from '@/lib/services/verifikasi/verify-uploaded-pdf';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { loadCa, type CaMaterial } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { buildCrl, buildRootCrl } from '@/lib/signing/mock-ca/crl';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { ocspResponseForSerial } from '@/lib/signing/mock-ca/ocsp';
import { createTimeStampToken } from '@/lib/signing/mock-ca/tsa';
import { extendToLta } from '@/lib/signing/pades/extend-lta';
import type { LongTermValidationSource } from '@/lib/signing/pades/signature-provider';
import { vriKey } from '@/lib/signing/pades/vri';
import { verifyPdf } from '@/lib/signing/verify';
import { getStorage } from '@/lib/storage';
import { actorFor } from '../support/actors';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';
import { nssDbTrusting, pdfsig, run, workDir } from '../signing/support/independent-validators';
import { startPkiServer } from '../signing/support/pki-http-server';

const PASSPHRASE = 'Rahasia#Uji2026';
const DAY = 86_400_000;
let dir: string;
let pki: Awaited<ReturnType<typeof startPkiServer>>;
let ca: CaMaterial;
let root: pkijs.Certificate;
/** The archived B-LTA file, then renewed once, then twice, a month apart (the clock moved). */
let rounds: { name: string; pdf: Uint8Array; at: Date }[];
/** Renewed twice today: the worker pool checks at the real time, where a future time-stamp is no proof. */
let renewedTwiceToday: Uint8Array;

/** The mock CA's TSA, CRLs and OCSP as they would answer at `now`, as the renewal job is handed them. */
function ltvAt(now: Date): LongTermValidationSource {
  return {
    timestamp: (imprint) => createTimeStampToken(imprint, { caDir: ca.dir, now }),
    validationData: async () => ({
      certificates: [ca.tsa.der, ca.issuing.der, ca.root.der],
      crls: [await buildCrl({ caDir: ca.dir, now }), await buildRootCrl({ caDir: ca.dir, now })],
      ocsps: [await ocspResponseForSerial(ca.tsa.certificate.serialNumber.toLowerCase(), { caDir: ca.dir, now })],
    }),
  };
}

/** Offline: only the trusted root; a CRL download would be recorded (and fail). */
async function verifyOffline(pdf: Uint8Array, now: Date) {
  const fetched: string[] = [];
  const report = await verifyPdf(pdf, {
    trustedRoots: [root],
    now,
    fetchCrl: async (url) => {
      fetched.push(url);
      throw new Error('offline');
    },
  });
  return { report, fetched };
}

beforeAll(async () => {
  dir = await workDir('renewed-lta-');
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  process.env.STORAGE_DIR = path.join(dir, 'files');
  pki = await startPkiServer(0);
  ca = await loadCa(undefined, pki.baseUrl);
  root = pkijs.Certificate.fromBER(new Uint8Array(ca.root.der).buffer);
  const w = await createSigningWorld();
  await ensureCertificate({ id: w.kepala.id, nama: w.kepala.nama, nik: w.kepala.nik, instansi: w.instansi.nama }, PASSPHRASE, { baseUrl: pki.baseUrl });
  const naskah = await createNaskahMenungguTandaTangan(w);
  const signed = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, new MockCaSigner());
  const berkas = await prisma.berkas.findUniqueOrThrow({ where: { id: signed.berkasId } });
  const archived = (await getStorage().get(berkas.storageKey))!.bytes;
  // The renewal job's rounds, a month apart, as long as the signer's certificate is still valid.
  const first = new Date(Date.now() + 30 * DAY);
  const second = new Date(Date.now() + 60 * DAY);
  const once = await extendToLta(archived, ltvAt(first));
  const twice = await extendToLta(once, ltvAt(second));
  renewedTwiceToday = await extendToLta(await extendToLta(archived, ltvAt(new Date())), ltvAt(new Date()));
  rounds = [
    { name: 'B-LTA as archived', pdf: archived, at: new Date() },
    { name: 'renewed once', pdf: once, at: first },
    { name: 'renewed twice', pdf: twice, at: second },
  ];
}, 300_000);

afterAll(async () => {
  await pki?.close();
});

describe('a B-LTA naskah renewed once and twice', () => {
  it('only appends: each round keeps the previous file as its prefix', () => {
    for (const [older, newer] of [rounds.slice(0, 2), rounds.slice(1, 3)]) {
      expect(newer.pdf.length).toBeGreaterThan(older.pdf.length);
      expect(Buffer.from(newer.pdf.subarray(0, older.pdf.length)).equals(Buffer.from(older.pdf))).toBe(true);
    }
  });

  it('ends each round with a DSS update after the newest document time-stamp, holding its own VRI entry', async () => {
    for (const { name, pdf } of rounds) {
      const text = Buffer.from(pdf).toString('latin1');
      const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) => m.slice(1, 5).map(Number));
      const [, b, c, d] = ranges.at(-1)!;
      expect(text.slice(c + d), name).toMatch(/\/Type \/DSS/);
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      const vri = doc.catalog.lookup(PDFName.of('DSS'), PDFDict).lookup(PDFName.of('VRI'), PDFDict);
      const tokenKey = vriKey(new Uint8Array(Buffer.from(text.slice(b + 1, c - 1), 'hex')));
      expect(vri.keys().map((k) => k.decodeText()), name).toContain(tokenKey);
      expect(vri.keys(), name).toHaveLength(ranges.length);
    }
  });

  it.each([0, 1, 2])('round %i: our verifier, offline from the DSS alone, finds it unchanged, valid and B-LTA', async (i) => {
    const { pdf, at } = rounds[i];
    const asked = pki.requests.length;
    const { report, fetched } = await verifyOffline(pdf, at);
    expect(fetched).toEqual([]);
    expect(pki.requests.slice(asked)).toEqual([]);
    expect(report.signatures.map((s) => s.changes.contentChanges)).toEqual(report.signatures.map(() => []));
    expect(report.conclusion).toBe('VALID');
    expect(report.signatures.map((s) => s.kind)).toEqual(['SIGNATURE', ...Array(i + 1).fill('DOC_TIMESTAMP')]);
    expect(report.signatures.every((s) => s.status === 'VALID' && s.integrity.valid)).toBe(true);
    expect(report.signatures[0]).toMatchObject({ level: 'B-LTA', indication: 'TOTAL_PASSED', timeSource: 'SIGNATURE_TIMESTAMP', revocation: { status: 'GOOD', source: 'DSS' } });
  });

  it('the public verification service (worker pool, no CRL download) calls the twice-renewed file valid and B-LTA', async () => {
    const asked = pki.requests.length;
    const hasil = await verifyUploadedPdf({ pdf: renewedTwiceToday }, { trustedRoots: [root] });
    expect(pki.requests.slice(asked)).toEqual([]);
    expect(hasil.verification.conclusion).toBe('VALID');
    expect(hasil.verification.signatures.map((s) => [s.kind, s.status])).toEqual([
      ['SIGNATURE', 'VALID'],
      ['DOC_TIMESTAMP', 'VALID'],
      ['DOC_TIMESTAMP', 'VALID'],
      ['DOC_TIMESTAMP', 'VALID'],
    ]);
    expect(hasil.verification.signatures[0]).toMatchObject({ level: 'B-LTA', indication: 'TOTAL_PASSED' });
    expect(hasil.verification.summary).not.toMatch(/diubah/);
  });

  it('pdfsig still validates and trusts the signature and qpdf finds the structure sound, after each round', async () => {
    const nss = await nssDbTrusting(ca.root.certificate.toString('pem'));
    for (const { name, pdf } of rounds) {
      const file = path.join(dir, `${name.replaceAll(' ', '-')}.pdf`);
      await writeFile(file, pdf);
      const qpdf = await run('qpdf', ['--check', file]);
      expect(qpdf.output, name).toContain('No syntax or stream encoding errors found');
      const report = await pdfsig(file, nss);
      const first = report.split(/Signature #2:/)[0];
      expect(first, name).toContain('Signature Validation: Signature is Valid.');
      expect(first, name).toContain('Certificate Validation: Certificate is Trusted.');
      expect(report, name).not.toMatch(/Signature is Invalid|Digest Mismatch/);
    }
  });
});
