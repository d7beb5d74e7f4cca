// BSrE's status API gives no expiry date: the certificate BSrE signed with is read from the CMS it
// returned and kept per pegawai, so the 30-day warning reaches BSrE signers too and the konsep says
// "kedaluwarsa" once it has ended, before anyone tries to sign. Over real HTTP: the BSrE look-alike
// (signing with a mock CA certificate) and the mock CA's CRL/OCSP/TSA on their own port.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { runCertificateExpiry } from '@/lib/jobs/certificate-expiry';
import { readSertifikatPenandatangan } from '@/lib/services/tanda-tangan/read-sertifikat-penandatangan';
import { readSertifikatPenandatanganNaskah } from '@/lib/services/tanda-tangan/read-sertifikat-penandatangan-naskah';
import { recordSertifikatBsre } from '@/lib/services/tanda-tangan/record-sertifikat-bsre';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { BsreSigner } from '@/lib/signing/bsre/bsre-signer';
import { createMockCaBackend } from '@/lib/signing/bsre/mock/mock-ca-backend';
import { createMockBsreServer } from '@/lib/signing/bsre/mock/server';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { actorFor } from '../support/actors';
import { grantRole } from '../support/factories';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';
import { BSRE_CLIENT as CLIENT, startBsreLookAlike, type BsreLookAlike } from '../signing/support/bsre-look-alike';

const DAY = 86_400_000;
let lookAlike: BsreLookAlike;
let pki: BsreLookAlike['pki'];
let bsre: BsreSigner;

beforeAll(async () => {
  lookAlike = await startBsreLookAlike('sertifikat-bsre', () => createMockBsreServer({ backend: createMockCaBackend(), ...CLIENT }));
  pki = lookAlike.pki;
  bsre = new BsreSigner({ url: lookAlike.url, ...CLIENT, apiVersion: 'v2', signTimeoutMs: 60_000, statusTimeoutMs: 10_000, tsaUrl: lookAlike.tsaUrl });
});

afterAll(() => lookAlike.close());

/** Every row of every table in the database, as text, that contains needle (the passphrase). */
async function rowsContaining(needle: string): Promise<string[]> {
  const tables = await prisma.$queryRaw<{ s: string; t: string }[]>`
    SELECT table_schema AS s, table_name AS t FROM information_schema.tables
    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`;
  const found: string[] = [];
  for (const { s, t } of tables) {
    const [{ n }] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${s}"."${t}" x WHERE x::text LIKE $1`, `%${needle}%`);
    if (n > 0n) found.push(`${s}.${t}`);
  }
  return found;
}

describe('the certificate BSrE signed with', () => {
  it('is kept per pegawai from the signed output, warned about 30 days ahead, and shown as expired on the konsep', async () => {
    const w = await createSigningWorld();
    await grantRole(w.instansi.id, w.staf.pegawai.id, 'ADMIN_OPD', w.opd.id);
    const passphrase = `Rahasia#${randomBytes(6).toString('hex')}`;
    // BSrE's side: the look-alike holds the key (the mock CA's row, no pegawai of ours attached).
    const issued = await ensureCertificate({ nama: w.kepala.nama, nik: w.kepala.nik, instansi: w.instansi.nama }, passphrase, { baseUrl: pki.baseUrl });
    const kepala = await actorFor(w.kepala.id);
    const naskah = await createNaskahMenungguTandaTangan(w);

    // Before any signing we know nothing of the date: BSrE only says ISSUE.
    expect(await prisma.sertifikatElektronik.count({ where: { pegawaiId: w.kepala.id } })).toBe(0);
    await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase }, bsre);

    const kept = await prisma.sertifikatElektronik.findMany({ where: { pegawaiId: w.kepala.id } });
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ penerbit: 'BSRE', nik: w.kepala.nik, serial: issued.serial, status: 'ISSUE', encryptedPrivateKey: null, diperingatkanPada: null });
    expect(kept[0]!.certificatePem.trim()).toBe(issued.certificatePem.trim());
    // The certificate's own dates, to the second (X.509 keeps no milliseconds).
    expect(Math.floor(kept[0]!.notAfter.getTime() / 1000)).toBe(Math.floor(issued.notAfter.getTime() / 1000));
    // A second signing with the same certificate keeps one row.
    await signNaskah({ actor: kepala, naskahId: (await createNaskahMenungguTandaTangan(w)).id, passphrase }, bsre);
    expect(await prisma.sertifikatElektronik.count({ where: { pegawaiId: w.kepala.id } })).toBe(1);
    // The passphrase went to BSrE in the request body and nowhere else: no row of any table holds it.
    expect(await rowsContaining(passphrase)).toEqual([]);

    const notAfter = kept[0]!.notAfter;
    const waiting = await createNaskahMenungguTandaTangan(w);
    // The clock moved to 20 days before the end: the signer and the admin hear of it, once.
    const warnAt = new Date(notAfter.getTime() - 20 * DAY);
    expect(await readSertifikatPenandatanganNaskah(waiting.id, warnAt)).toBeNull();
    expect((await readSertifikatPenandatangan(kepala, bsre, warnAt))?.pesan).toMatch(/^Sertifikat elektronik Anda berakhir dalam 20 hari\./);
    await runCertificateExpiry({ now: warnAt });
    const toKepala = await prisma.notifikasi.findMany({ where: { pegawaiId: w.kepala.id, jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA' } });
    expect(toKepala).toHaveLength(1);
    expect(toKepala[0]!.pesan).toMatch(/^Sertifikat elektronik Anda berakhir dalam 20 hari/);
    const toAdmin = await prisma.notifikasi.findMany({ where: { pegawaiId: w.staf.pegawai.id, jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA' } });
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]!.pesan).toContain(w.kepala.nama);
    await runCertificateExpiry({ now: new Date(warnAt.getTime() + DAY) });
    expect(await prisma.notifikasi.count({ where: { pegawaiId: { in: [w.kepala.id, w.staf.pegawai.id] }, jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA' } })).toBe(2);

    // A day after the end, BSrE's last answer (ISSUE) is stale: the konsep says so before anyone waits.
    await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { statusSertifikat: 'ISSUE' } });
    const ended = new Date(notAfter.getTime() + DAY);
    expect(await readSertifikatPenandatanganNaskah(waiting.id, ended)).toMatch(/^Sertifikat elektronik penandatangan \(.+\) kedaluwarsa: naskah ini belum dapat ditandatangani\./);
    expect(await readSertifikatPenandatangan(kepala, bsre, ended)).toMatchObject({ tingkat: 'galat', pesan: expect.stringContaining('sudah kedaluwarsa') });
  }, 180_000);

  it('that cannot be read is skipped without an error: the letters stay signed, nothing is stored', async () => {
    const w = await createSigningWorld();
    const before = await prisma.sertifikatElektronik.count({ where: { pegawaiId: w.kepala.id, penerbit: 'BSRE' } });
    await expect(recordSertifikatBsre(w.kepala.id, [new Uint8Array([0x30, 0x03, 0x02, 0x01]), undefined])).resolves.toBeUndefined();
    expect(await prisma.sertifikatElektronik.count({ where: { pegawaiId: w.kepala.id, penerbit: 'BSRE' } })).toBe(before);
  });
});
