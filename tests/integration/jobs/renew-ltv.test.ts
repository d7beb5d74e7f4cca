// The B-LTA renewal job with the clock moved forward, run as the job queue runs it (runRenewLtv:
// the validation-data source from configuration, here the mock CA): signed with the real mock CA
// (B-LTA, one document time-stamp), nothing is due today; a month before the time-stamp authority's
// certificate expires, the job appends validation data and a second document time-stamp, keeps the
// previous file, and the record page shows until when its proof is current. A record whose renewal
// fails backs off instead of being picked first on every run.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { runRenewLtv } from '@/lib/jobs/renew-ltv-task';
import { getArsip } from '@/lib/services/arsip/get-arsip';
import { keteranganBukti, tanggalArsip } from '@/components/arsip/format';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
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

const ENV = { ...process.env, SIGNER_BACKEND: 'mock-ca' };
const DAY = 86_400_000;

async function signedArsip(w: Awaited<ReturnType<typeof createSigningWorld>>) {
  const naskah = await createNaskahMenungguTandaTangan(w);
  const signed = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, new MockCaSigner());
  return { naskah, signed, arsip: await prisma.arsip.findUniqueOrThrow({ where: { naskahId: naskah.id } }) };
}

async function pageSays(actorId: string, arsipId: string) {
  const a = await getArsip(await actorFor(actorId), arsipId);
  return keteranganBukti({ ...a, sumber: a.naskah.sumber });
}

beforeAll(async () => {
  dir = await workDir('renew-ltv-');
  process.env.MOCK_CA_DIR = path.join(dir, 'ca');
  process.env.STORAGE_DIR = path.join(dir, 'files');
  pki = await startPkiServer(0);
});

afterAll(async () => {
  await pki?.close();
});

describe('renewLtv', () => {
  it('renews a proof about to lapse with a new document time-stamp, and only then', async () => {
    const w = await createSigningWorld();
    await ensureCertificate({ id: w.kepala.id, nama: w.kepala.nama, nik: w.kepala.nik, instansi: w.instansi.nama }, PASSPHRASE, { baseUrl: pki.baseUrl });
    const { naskah, signed, arsip } = await signedArsip(w);
    const ca = await loadCa();
    const tsaExpiry = new Date(ca.tsa.certificate.notAfter);

    // Today: the proof runs for years; the job only records until when.
    // A limit past every record of the shared database, whose other files' PDFs this file cannot read.
    const today = await runRenewLtv({ now: new Date(), env: ENV, limit: 100_000 });
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
    const renewal = await runRenewLtv({ now: later, env: ENV, limit: 100_000 });
    expect(own(renewal)).toEqual([]);
    expect(renewal.renewed).toBeGreaterThanOrEqual(1);
    const renewed = await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id }, include: { naskah: { include: { berkasUtama: true } } } });
    expect(renewed.buktiDiperbaruiPada?.toISOString()).toBe(later.toISOString());
    expect(await pageSays(w.staf.pegawai.id, arsip.id)).toBe(`${tanggalArsip(renewed.buktiBerlakuSampai)} (diperbarui ${tanggalArsip(later)})`);
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
    expect(await prisma.auditLog.count({ where: { entityType: 'Arsip', entityId: arsip.id, action: 'arsip.renewBukti' } })).toBe(1);

    // The same day again: renewed recently, nothing more is appended.
    const again = await runRenewLtv({ now: later, env: ENV, limit: 100_000 });
    expect(again.arsipIds).not.toContain(arsip.id);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).berkasUtamaId).toBe(renewed.naskah.berkasUtamaId);
  }, 300_000);

  it('backs a failing record off, so the records behind it are renewed', async () => {
    const w = await createSigningWorld();
    await ensureCertificate({ id: w.kepala.id, nama: w.kepala.nama, nik: w.kepala.nik, instansi: w.instansi.nama }, PASSPHRASE, { baseUrl: pki.baseUrl });
    // Signed first, so it sorts first (never checked, then by id) ahead of the good one.
    const failing = await signedArsip(w);
    const good = await signedArsip(w);
    await prisma.berkas.update({ where: { id: failing.signed.berkasId }, data: { storageKey: `naskah/${failing.naskah.id}/hilang.pdf` } });
    const ca = await loadCa();
    const later = new Date(new Date(ca.tsa.certificate.notAfter).getTime() - 20 * DAY);

    // One record per run: under a nulls-first order without back-off the failing record (or any other
    // failing one in the shared database) would be picked on every run and the good one never come up.
    const eligible = await prisma.arsip.count({ where: { status: { in: ['AKTIF', 'INAKTIF'] } } });
    const seen = new Set<string>();
    let renewedGood = false;
    for (let run = 0; run < eligible + 10 && !renewedGood; run++) {
      const result = await runRenewLtv({ now: later, env: ENV, limit: 1 });
      for (const id of result.arsipIds) {
        expect(seen.has(id), `record ${id} looked at twice on the same day`).toBe(false);
        seen.add(id);
      }
      renewedGood = result.arsipIds.includes(good.arsip.id) && !result.failed.some((f) => f.arsipId === good.arsip.id);
      if (result.arsipIds.length === 0) break;
    }
    expect(renewedGood).toBe(true);
    expect(seen.has(failing.arsip.id)).toBe(true);
    const afterOne = await prisma.arsip.findUniqueOrThrow({ where: { id: failing.arsip.id } });
    expect(afterOne).toMatchObject({ buktiGagalBeruntun: 1, buktiGagalAlasan: 'berkas tidak ada di penyimpanan', buktiBerlakuSampai: null });
    expect(afterOne.buktiPeriksaLagiPada?.toISOString()).toBe(new Date(later.getTime() + DAY).toISOString());
    expect(await pageSays(w.staf.pegawai.id, failing.arsip.id)).toBe(`belum diperiksa; pembaruan terakhir gagal (berkas tidak ada di penyimpanan), dicoba lagi ${tanggalArsip(new Date(later.getTime() + DAY))}`);
    const goodNow = await prisma.arsip.findUniqueOrThrow({ where: { id: good.arsip.id } });
    expect(goodNow.buktiDiperbaruiPada?.toISOString()).toBe(later.toISOString());
    expect(await pageSays(w.staf.pegawai.id, good.arsip.id)).toContain(`(diperbarui ${tanggalArsip(later)})`);

    // The next day it is tried again and waits twice as long.
    const nextDay = new Date(later.getTime() + DAY);
    const retry = await runRenewLtv({ now: nextDay, env: ENV, limit: 100_000 });
    expect(retry.failed.map((f) => f.arsipId)).toContain(failing.arsip.id);
    const afterTwo = await prisma.arsip.findUniqueOrThrow({ where: { id: failing.arsip.id } });
    expect(afterTwo.buktiGagalBeruntun).toBe(2);
    expect(afterTwo.buktiPeriksaLagiPada?.toISOString()).toBe(new Date(nextDay.getTime() + 2 * DAY).toISOString());
  }, 300_000);
});
