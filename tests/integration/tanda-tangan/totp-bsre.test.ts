// BSrE v2 TOTP instead of the passphrase (BSRE_AUTH=totp): the signer asks for a code, BSrE sends it
// (the look-alike hands it to the test), and the code signs; a wrong code is refused in Indonesian,
// and spends the code (it counts against the passphrase limit: passphrase-attempt.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { readBsreConfig } from '@/lib/signing/bsre/config';
import { requestTotp, signingCredentialKind } from '@/lib/services/tanda-tangan/request-totp';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { startBatchTandaTangan } from '@/lib/services/tanda-tangan/start-batch-tanda-tangan';
import { getBatchTandaTangan } from '@/lib/services/tanda-tangan/get-batch-tanda-tangan';
import { BsreSigner } from '@/lib/signing/bsre/bsre-signer';
import { MOCK_BSRE_NIK, MOCK_BSRE_PASSPHRASE, provisionMockBsreFixtures } from '@/lib/signing/bsre/mock/fixtures';
import { createMockCaBackend } from '@/lib/signing/bsre/mock/mock-ca-backend';
import { createMockBsreServer } from '@/lib/signing/bsre/mock/server';
import { actorFor } from '../support/actors';
import { randomNik } from '../support/factories';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';
import { BSRE_CLIENT as CLIENT, startBsreLookAlike, type BsreLookAlike } from '../signing/support/bsre-look-alike';

const inbox = new Map<string, string>();
let lookAlike: BsreLookAlike;
let url: string;
let pki: BsreLookAlike['pki'];

beforeAll(async () => {
  lookAlike = await startBsreLookAlike('totp-bsre', async () => {
    const backend = createMockCaBackend({ overrides: await provisionMockBsreFixtures({ slowMs: 3_000 }) });
    return createMockBsreServer({ backend, ...CLIENT, totp: { keyPassphrase: MOCK_BSRE_PASSPHRASE, deliver: (nik, code) => inbox.set(nik, code) } });
  });
  ({ url, pki } = lookAlike);
});

afterAll(() => lookAlike.close());

const totpSigner = () => new BsreSigner({ url, ...CLIENT, apiVersion: 'v2', auth: 'totp', signTimeoutMs: 30_000, statusTimeoutMs: 5_000, tsaUrl: `${pki.baseUrl}/api/pki/tsa` });

async function activeSigner() {
  const w = await createSigningWorld();
  await prisma.pegawai.updateMany({ where: { nik: MOCK_BSRE_NIK.active }, data: { nik: randomNik() } });
  await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { nik: MOCK_BSRE_NIK.active } });
  return { w, kepala: await actorFor(w.kepala.id) };
}

describe('BSrE v2 TOTP', () => {
  it('is configured with BSRE_AUTH=totp, only with v2', () => {
    expect(readBsreConfig({ BSRE_URL: url, BSRE_AUTH: 'totp' } as unknown as NodeJS.ProcessEnv).auth).toBe('totp');
    expect(() => readBsreConfig({ BSRE_URL: url, BSRE_AUTH: 'totp', BSRE_API_VERSION: 'v1' } as unknown as NodeJS.ProcessEnv)).toThrow(/v2/);
    expect(signingCredentialKind(totpSigner())).toBe('totp');
  });

  it('signs a naskah and a batch with the code BSrE sent; a wrong code is refused in Indonesian and spent', async () => {
    const { w, kepala } = await activeSigner();
    const [one, ...batch] = await Promise.all([1, 2, 3].map(() => createNaskahMenungguTandaTangan(w)));
    const signer = totpSigner();

    await requestTotp({ actor: kepala, documents: 1 }, signer);
    const code = inbox.get(MOCK_BSRE_NIK.active)!;
    expect(code).toMatch(/^\d{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    const error = await signNaskah({ actor: kepala, naskahId: one!.id, passphrase: wrong }, signer).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WRONG_TOTP', message: 'Kode TOTP salah atau sudah kedaluwarsa. Minta kode baru lalu coba lagi.' });
    // The wrong guess spent the code: the right one no longer signs.
    await expect(signNaskah({ actor: kepala, naskahId: one!.id, passphrase: code }, signer)).rejects.toMatchObject({ code: 'WRONG_TOTP' });

    await requestTotp({ actor: kepala, documents: 1 }, signer);
    const signed = await signNaskah({ actor: kepala, naskahId: one!.id, passphrase: inbox.get(MOCK_BSRE_NIK.active)! }, signer);
    expect(signed.nomor).toContain('/0001/');

    await requestTotp({ actor: kepala, documents: batch.length }, signer);
    const started = await startBatchTandaTangan({ actor: kepala, naskahIds: batch.map((n) => n.id), passphrase: inbox.get(MOCK_BSRE_NIK.active)! }, signer);
    await started.done;
    const progress = (await getBatchTandaTangan(kepala, started.batchId))!;
    expect(progress.items.map((i) => i.status)).toEqual(['DITANDATANGANI', 'DITANDATANGANI']);
    const audit = JSON.stringify(await prisma.auditLog.findMany({ where: { actorPegawaiId: w.kepala.id }, select: { after: true } }));
    expect(audit).toContain('WRONG_TOTP');
    expect(audit).not.toContain(code);
  }, 180_000);
});
