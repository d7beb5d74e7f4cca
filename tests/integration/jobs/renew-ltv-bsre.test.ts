// The archive's renewal job with SIGNER_BACKEND=bsre, as the cron runs it (runRenewLtv): a letter
// signed through the BSrE look-alike (B-T from BSrE, extended to B-LTA from the addresses in its
// certificates), then, with the clock moved to a month before its proof lapses, renewed through
// BSRE_TSA_URL: a real RFC 3161 time-stamp authority over HTTP whose certificate was issued then
// (BSrE's TSA renewed its certificate meanwhile), with fresh CRLs and OCSP answers of that day.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { buktiBerlakuSampai } from '@/lib/domain/arsip/bukti';
import { runRenewLtv } from '@/lib/jobs/renew-ltv-task';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { BsreSigner } from '@/lib/signing/bsre/bsre-signer';
import { createMockCaBackend } from '@/lib/signing/bsre/mock/mock-ca-backend';
import { createMockBsreServer } from '@/lib/signing/bsre/mock/server';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { defaultVerifyOptions, verifyPdf } from '@/lib/signing/verify';
import { getStorage } from '@/lib/storage';
import { actorFor } from '../support/actors';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';
import { nssDbTrusting, pdfsig, run, workDir } from '../signing/support/independent-validators';
import { startPkiServer } from '../signing/support/pki-http-server';

const CLIENT = { user: 'eoffice', password: 'klien-rahasia' };
const PASSPHRASE = 'Rahasia#Arsip2026';
const DAY = 86_400_000;
let dir: string;
/** The time every PKI answer is made at; undefined is the real time. */
let clock: Date | undefined;
let pki: Awaited<ReturnType<typeof startPkiServer>>;
let bsreTsa: Awaited<ReturnType<typeof startPkiServer>>;
let server: Server;
let bsreUrl: string;
const authUrlBefore = process.env.AUTH_URL;

beforeAll(async () => {
  dir = await workDir('renew-ltv-bsre-');
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  process.env.STORAGE_DIR = path.join(dir, 'files');
  pki = await startPkiServer(0, { clock: () => clock });
  bsreTsa = await startPkiServer(0, { caDir: path.join(dir, 'tsa-baru'), clock: () => clock });
  process.env.AUTH_URL = pki.baseUrl;
  server = createMockBsreServer({ backend: createMockCaBackend(), ...CLIENT });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  bsreUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all([pki?.close(), bsreTsa?.close()]);
  if (authUrlBefore === undefined) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = authUrlBefore;
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** The TSA's new certificate (and its CA) as issued on `at`: the CA files are written with the clock set there. */
async function tsaIssuedOn(at: Date) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  try {
    return await loadCa(path.join(dir, 'tsa-baru'), bsreTsa.baseUrl);
  } finally {
    vi.useRealTimers();
  }
}

describe('renewing a BSrE-signed record through BSrE\'s TSA', () => {
  it('appends fresh validation data and a document time-stamp from BSRE_TSA_URL, and the proof runs longer', async () => {
    const w = await createSigningWorld();
    await ensureCertificate({ nama: w.kepala.nama, nik: w.kepala.nik, instansi: w.instansi.nama }, PASSPHRASE, { baseUrl: pki.baseUrl });
    const naskah = await createNaskahMenungguTandaTangan(w);
    const bsre = new BsreSigner({ url: bsreUrl, ...CLIENT, apiVersion: 'v2', signTimeoutMs: 60_000, statusTimeoutMs: 10_000, tsaUrl: `${pki.baseUrl}/api/pki/tsa` });
    const signed = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, bsre);
    const arsip = await prisma.arsip.findUniqueOrThrow({ where: { naskahId: naskah.id } });
    const original = (await getStorage().get((await prisma.berkas.findUniqueOrThrow({ where: { id: signed.berkasId } })).storageKey))!.bytes;

    const ca = await loadCa();
    const roots = path.join(dir, 'roots.pem');
    const env = {
      ...process.env,
      SIGNER_BACKEND: 'bsre',
      BSRE_URL: bsreUrl,
      BSRE_USER: CLIENT.user,
      BSRE_PASSWORD: CLIENT.password,
      BSRE_TSA_URL: `${bsreTsa.baseUrl}/api/pki/tsa`,
      SIGNATURE_TRUSTED_ROOTS: roots,
    };
    const verifyAt = async (pdf: Uint8Array, now: Date) => verifyPdf(pdf, { ...(await defaultVerifyOptions(env)), now });
    await writeFile(roots, ca.root.certificate.toString('pem') + '\n');
    const before = buktiBerlakuSampai(await verifyAt(original, new Date()))!;
    expect(before.getTime()).toBeGreaterThan(Date.now() + 5 * 365 * DAY);

    // A month before the proof lapses. BSrE's TSA has a certificate issued the day before, under a
    // root nobody configured yet: the renewal is refused and the record keeps its file.
    const firstTry = new Date(before.getTime() - 30 * DAY);
    const tsa = await tsaIssuedOn(new Date(firstTry.getTime() - DAY));
    clock = firstTry;
    const refused = await runRenewLtv({ now: firstTry, env, opdId: w.opd.id });
    expect(refused.renewed).toBe(0);
    expect(refused.failed).toEqual([{ arsipId: arsip.id, reason: expect.stringContaining('tidak berantai ke akar tepercaya') }]);
    expect(await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).toMatchObject({ berkasUtamaId: signed.berkasId });
    expect(await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id } })).toMatchObject({ buktiDiperbaruiPada: null, buktiGagalBeruntun: 1 });

    // Production trusts the BSSN roots; here the signer's root and the renewed TSA's root. The next day:
    const later = new Date(firstTry.getTime() + DAY);
    await writeFile(roots, ca.root.certificate.toString('pem') + '\n' + tsa.root.certificate.toString('pem') + '\n');
    clock = later;
    const tsaCallsBefore = bsreTsa.requests.filter((r) => r === 'POST /api/pki/tsa').length;
    const renewal = await runRenewLtv({ now: later, env, opdId: w.opd.id });
    expect(renewal.failed).toEqual([]);
    expect(renewal).toMatchObject({ checked: 1, renewed: 1, arsipIds: [arsip.id] });
    expect(bsreTsa.requests.filter((r) => r === 'POST /api/pki/tsa').length).toBe(tsaCallsBefore + 1);

    const renewed = await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id }, include: { naskah: { include: { berkasUtama: true } } } });
    expect(renewed.buktiDiperbaruiPada?.toISOString()).toBe(later.toISOString());
    // The proof now rests on the new TSA's path: years past the old end.
    expect(renewed.buktiBerlakuSampai!.getTime()).toBeGreaterThan(before.getTime() + 5 * 365 * DAY);
    const after = (await getStorage().get(renewed.naskah.berkasUtama!.storageKey))!.bytes;
    expect(Buffer.from(after.subarray(0, original.byteLength)).equals(Buffer.from(original))).toBe(true);

    // Our verifier at the moved clock: the BSrE signature and both document time-stamps hold.
    const report = await verifyAt(after, later);
    expect(report.signatures.map((s) => s.kind)).toEqual(['SIGNATURE', 'DOC_TIMESTAMP', 'DOC_TIMESTAMP']);
    expect(report.signatures.every((s) => s.integrity.valid && s.trusted)).toBe(true);
    // The new time-stamp's path is the renewed TSA's, up to its root.
    expect(report.signatures[2]!.path.map((c) => c.serial.toLowerCase())).toEqual([tsa.tsa, tsa.issuing, tsa.root].map((e) => e.certificate.serialNumber.toLowerCase()));
    expect(report.signatures[2]!.timeStampTime?.toISOString().slice(0, 10)).toBe(later.toISOString().slice(0, 10));
    expect(report.conclusion).toBe('VALID');
    expect(buktiBerlakuSampai(report)?.toISOString()).toBe(renewed.buktiBerlakuSampai!.toISOString());

    // Independent tools: qpdf finds the structure sound, pdfsig still validates BSrE's signature.
    const file = path.join(dir, 'renewed.pdf');
    await writeFile(file, after);
    expect((await run('qpdf', ['--check', file])).output).toContain('No syntax or stream encoding errors');
    expect(await pdfsig(file, await nssDbTrusting(ca.root.certificate.toString('pem')))).toMatch(/Signature #1:[\s\S]*?Signature Validation: Signature is Valid\./);
  }, 300_000);
});
