import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { readSertifikatPenandatangan } from '@/lib/services/tanda-tangan/read-sertifikat-penandatangan';
import type { PdfSigner } from '@/lib/signing/types';
import { actorFor } from '../support/actors';
import { passThroughSigner } from '../support/fake-signers';
import { createSigningWorld } from '../support/naskah-factories';

describe('the signer sees the state of their certificate before typing the passphrase', () => {
  it('says the certificate is revoked, warns 30 days before expiry, and stays silent when the backend does not answer', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    expect(await readSertifikatPenandatangan(kepala, passThroughSigner({ status: 'REVOKE' }))).toEqual({ tingkat: 'galat', pesan: expect.stringContaining('dicabut') });
    expect(await readSertifikatPenandatangan(kepala, passThroughSigner())).toBeNull();

    const now = new Date();
    await prisma.sertifikatElektronik.create({
      data: { pegawaiId: w.kepala.id, nik: w.kepala.nik, serial: randomBytes(8).toString('hex'), subjectName: 'CN=Uji', certificatePem: '-', encryptedPrivateKey: '-', notBefore: now, notAfter: new Date(now.getTime() + 10 * 86_400_000) },
    });
    expect(await readSertifikatPenandatangan(kepala, passThroughSigner(), now)).toEqual({ tingkat: 'peringatan', pesan: expect.stringContaining('10 hari') });

    const silent: PdfSigner = { ...passThroughSigner(), checkStatus: () => new Promise(() => undefined) };
    expect(await readSertifikatPenandatangan(kepala, silent)).toBeNull();
  });
});
