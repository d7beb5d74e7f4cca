// The B-LTA renewal job with the clock moved forward: signed with the real mock CA (B-LTA, one
// document time-stamp), nothing is due today; a month before the time-stamp authority's certificate
// expires, the job appends validation data and a second document time-stamp, keeps the previous
// file, and the record shows until when its proof is current.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { renewLtv } from '@/lib/jobs/renew-ltv';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { buildCrl, buildRootCrl } from '@/lib/signing/mock-ca/crl';
import { ocspResponseForSerial } from '@/lib/signing/mock-ca/ocsp';
import { createTimeStampToken } from '@/lib/signing/mock-ca/tsa';
import type { LongTermValidationSource } from '@/lib/signing/pades/signature-provider';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { defaultVerifyOptions, verifyPdf } from '@/lib/signing/verify';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { getStorage } from '@/lib/storage';
import { actorFor } from '../support/actors';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';
import { nssDbTrusting, pdfsig, run, workDir } from '../signing/support/independent-validators';
import { startPkiServer } from '../signing/support/pki-http-server';

const PASSPHRASE = 'Rahasia#Uji2026';
let pki: Awaited<ReturnType<typeof startPkiServer>>;
let dir: string;

/** The mock CA's TSA, CRLs and OCSP as they would answer at `now` (the moved clock). */
async function ltvAt(now: Date): Promise<LongTermValidationSource> {
  const ca = await loadCa();
  const tsaSerial = ca.tsa.certificate.serialNumber.toLowerCase();
  return {
    timestamp: (imprint) => createTimeStampToken(imprint, { caDir: ca.dir, now }),
    validationData: async () => ({
      certificates: [ca.tsa.der, ca.issuing.der, ca.root.der],
      crls: [await buildCrl({ caDir: ca.dir, now }), await buildRootCrl({ caDir: ca.dir, now })],
      ocsps: [await ocspResponseForSerial(tsaSerial, { caDir: ca.dir, now })],
    }),
  };
}

beforeAll(async () => {
  dir = await workDir('renew-ltv-');
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  process.env.STORAGE_DIR = path.join(dir, 'files');
  pki = await startPkiServer(Number(process.env.PKI_TEST_PORT ?? 4150) + 7);
});

afterAll(async () => {
  await pki?.close();
});

describe('renewLtv', () => {
  it('renews a proof about to lapse with a new document time-stamp, and only then', async () => {
    const w = await createSigningWorld();
    await ensureCertificate({ id: w.kepala.id, nama: w.kepala.nama, nik: w.kepala.nik, instansi: w.instansi.nama }, PASSPHRASE, { baseUrl: pki.baseUrl });
    const naskah = await createNaskahMenungguTandaTangan(w);
    const signed = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, new MockCaSigner());
    const arsip = await prisma.arsip.findUniqueOrThrow({ where: { naskahId: naskah.id } });
    const ca = await loadCa();
    const tsaExpiry = new Date(ca.tsa.certificate.notAfter);

    // Today: the proof runs for years; the job only records until when.
    // A limit past every record of the shared database, whose other files' PDFs this file cannot read.
    const today = await renewLtv({ now: new Date(), ltv: await ltvAt(new Date()), limit: 100_000 });
    // Other test files' records share the database (and not this file's storage): only this one is judged.
    const own = (r: { failed: { arsipId: string }[] }) => r.failed.filter((f) => f.arsipId === arsip.id);
    expect(own(today)).toEqual([]);
    const recorded = await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id } });
    expect(recorded.buktiBerlakuSampai?.getTime()).toBeLessThanOrEqual(tsaExpiry.getTime());
    expect(recorded.buktiBerlakuSampai!.getTime()).toBeGreaterThan(Date.now() + 365 * 86_400_000);
    expect(recorded.buktiDiperbaruiPada).toBeNull();
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).berkasUtamaId).toBe(signed.berkasId);

    // A month before the proof lapses.
    const later = new Date(recorded.buktiBerlakuSampai!.getTime() - 30 * 86_400_000);
    const ltv = await ltvAt(later);
    const renewal = await renewLtv({ now: later, ltv, limit: 100_000 });
    expect(own(renewal)).toEqual([]);
    expect(renewal.renewed).toBeGreaterThanOrEqual(1);
    const renewed = await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id }, include: { naskah: { include: { berkasUtama: true } } } });
    expect(renewed.buktiDiperbaruiPada?.toISOString()).toBe(later.toISOString());
    expect(renewed.naskah.berkasUtamaId).not.toBe(signed.berkasId);
    const before = (await getStorage().get((await prisma.berkas.findUniqueOrThrow({ where: { id: signed.berkasId } })).storageKey))!.bytes;
    const after = (await getStorage().get(renewed.naskah.berkasUtama!.storageKey))!.bytes;
    // An incremental update: the old file is a prefix of the new one, so the first signature is untouched.
    expect(Buffer.from(after.subarray(0, before.byteLength)).equals(Buffer.from(before))).toBe(true);
    const report = await verifyPdf(after, { ...(await defaultVerifyOptions()), now: later });
    expect(report.signatures.map((s) => s.kind)).toEqual(['SIGNATURE', 'DOC_TIMESTAMP', 'DOC_TIMESTAMP']);
    expect(report.signatures.every((x) => x.integrity.valid)).toBe(true);
    // Independent tools: qpdf finds the structure sound, pdfsig still validates the first signature.
    const file = path.join(dir, 'renewed.pdf');
    await writeFile(file, after);
    expect((await run('qpdf', ['--check', file])).output).toContain('No syntax or stream encoding errors');
    const nss = await nssDbTrusting(ca.root.certificate.toString('pem'));
    expect(await pdfsig(file, nss)).toMatch(/Signature #1:[\s\S]*?Signature Validation: Signature is Valid\./);
    expect(await prisma.auditLog.count({ where: { entityType: 'Arsip', entityId: arsip.id, action: 'arsip.bukti.perbarui' } })).toBe(1);

    // The same day again: renewed recently, nothing more is appended.
    const again = await renewLtv({ now: later, ltv, limit: 100_000 });
    expect(own(again)).toEqual([]);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).berkasUtamaId).toBe(renewed.naskah.berkasUtamaId);
  }, 300_000);
});
