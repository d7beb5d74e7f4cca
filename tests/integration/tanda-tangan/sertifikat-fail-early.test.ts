// Fail early: the signer's certificate is asked about when a naskah enters the paraf chain and when
// it reaches the signer, and the konsep says what is wrong before anyone waits; certificates that
// expire within 30 days are warned about once, to the holder and the admins.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { runCertificateExpiry } from '@/lib/jobs/certificate-expiry';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { periksaSertifikatPenandatangan } from '@/lib/services/tanda-tangan/periksa-sertifikat-penandatangan';
import { readSertifikatPenandatanganNaskah } from '@/lib/services/tanda-tangan/read-sertifikat-penandatangan-naskah';
import type { PdfSigner, SignerStatus } from '@/lib/signing/types';
import { actorFor } from '../support/actors';
import { passThroughSigner } from '../support/fake-signers';
import { grantRole } from '../support/factories';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

const reporting = (status: SignerStatus): PdfSigner => ({ ...passThroughSigner(), checkStatus: async () => status });

describe('the signer certificate, checked before anyone waits', () => {
  it('is asked when the konsep enters the paraf chain and when the last paraf sends it to the signer', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w, { status: 'KONSEP' });
    await prisma.verifikasiNaskah.deleteMany({ where: { naskahId: naskah.id } });
    // The test world's kepala has no certificate in the mock CA: "belum terdaftar".
    await submitForReview(await actorFor(w.staf.pegawai.id), { naskahId: naskah.id, verifikator: [w.kabid.jabatan.id] } as never);
    expect(await prisma.pegawai.findUniqueOrThrow({ where: { id: w.kepala.id }, select: { statusSertifikat: true } })).toEqual({ statusSertifikat: 'NOT_REGISTERED' });
    expect(await readSertifikatPenandatanganNaskah(naskah.id)).toMatch(/^Sertifikat elektronik penandatangan \(.+\) belum terdaftar di BSrE: naskah ini belum dapat ditandatangani\./);

    await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { statusSertifikat: 'ISSUE' } });
    expect(await readSertifikatPenandatanganNaskah(naskah.id)).toBeNull();
    await approveNaskah(await actorFor(w.kabid.pegawai.id), naskah.id);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).status).toBe('MENUNGGU_TANDA_TANGAN');
    expect(await prisma.pegawai.findUniqueOrThrow({ where: { id: w.kepala.id }, select: { statusSertifikat: true } })).toEqual({ statusSertifikat: 'NOT_REGISTERED' });
  }, 60_000);

  it.each([
    ['EXPIRED', 'kedaluwarsa'],
    ['REVOKE', 'dicabut'],
    ['NOT_REGISTERED', 'belum terdaftar'],
  ] as const)('says "%s" on the konsep as "%s"', async (status, words) => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    expect([...(await periksaSertifikatPenandatangan(naskah.id, { signer: reporting(status) })).values()]).toEqual([status]);
    expect(await readSertifikatPenandatanganNaskah(naskah.id)).toContain(words);
  });

  it('keeps the last answer when the backend does not answer, and never fails the transition', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    await periksaSertifikatPenandatangan(naskah.id, { signer: reporting('REVOKE') });
    const down: PdfSigner = { ...passThroughSigner(), checkStatus: () => Promise.reject(new Error('ECONNREFUSED')) };
    expect((await periksaSertifikatPenandatangan(naskah.id, { signer: down })).size).toBe(0);
    expect(await readSertifikatPenandatanganNaskah(naskah.id)).toContain('dicabut');
  });
});

describe('runCertificateExpiry', () => {
  it('warns the holder and the admins once, 30 days ahead, through notify, and not for a renewed certificate', async () => {
    const w = await createSigningWorld();
    await grantRole(w.instansi.id, w.staf.pegawai.id, 'ADMIN_OPD', w.opd.id);
    const notAfter = new Date('2027-03-15T00:00:00Z');
    const cert = (pegawaiId: string, nik: string, until: Date) =>
      prisma.sertifikatElektronik.create({
        data: { pegawaiId, nik, serial: randomBytes(12).toString('hex'), subjectName: 'CN=Uji', certificatePem: '-', encryptedPrivateKey: '-', notBefore: new Date('2025-03-15T00:00:00Z'), notAfter: until },
      });
    const kepala = await prisma.pegawai.findUniqueOrThrow({ where: { id: w.kepala.id } });
    const kabid = await prisma.pegawai.findUniqueOrThrow({ where: { id: w.kabid.pegawai.id } });
    await cert(kepala.id, kepala.nik, notAfter);
    // The kabid's expiring certificate was already renewed: no warning for it.
    await cert(kabid.id, kabid.nik, notAfter);
    await cert(kabid.id, kabid.nik, new Date('2029-03-15T00:00:00Z'));
    const ids = [kepala.id, kabid.id, w.staf.pegawai.id];

    expect(await runCertificateExpiry({ now: new Date('2027-01-20T00:00:00Z') })).toEqual({ certificates: 0, notifikasi: 0 });
    expect(await prisma.notifikasi.count({ where: { pegawaiId: { in: ids } } })).toBe(0);

    await runCertificateExpiry({ now: new Date('2027-02-23T01:00:00Z') });
    const toKepala = await prisma.notifikasi.findMany({ where: { pegawaiId: kepala.id } });
    expect(toKepala).toHaveLength(1);
    expect(toKepala[0]!.pesan).toMatch(/^Sertifikat elektronik Anda berakhir dalam 20 hari \(15 Maret 2027\)/);
    const toAdmin = await prisma.notifikasi.findMany({ where: { pegawaiId: w.staf.pegawai.id } });
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]!.pesan).toContain(kepala.nama);
    // Through notify(): the kind people set their channels for, and links each reader can open.
    expect(toKepala[0]).toMatchObject({ jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA', tautan: '/tanda-tangan' });
    expect(toAdmin[0]).toMatchObject({ jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA', tautan: `/admin/pegawai/${kepala.id}` });
    expect(await prisma.notifikasi.count({ where: { pegawaiId: kabid.id } })).toBe(0);

    await runCertificateExpiry({ now: new Date('2027-02-24T01:00:00Z') });
    expect(await prisma.notifikasi.count({ where: { pegawaiId: { in: ids } } })).toBe(2);
  });
});
