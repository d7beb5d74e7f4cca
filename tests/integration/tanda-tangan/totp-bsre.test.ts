// BSrE v2 TOTP instead of the passphrase (BSRE_AUTH=totp): the signer asks for a code, BSrE sends it
// (the look-alike hands it to the test), and the code signs; a wrong code is refused in Indonesian,
// and spends the code (it counts against the passphrase limit: passphrase-attempt.ts).
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
import { startPkiServer } from '../signing/support/pki-http-server';

const CLIENT = { user: 'eoffice', password: 'klien-rahasia' };
const inbox = new Map<string, string>();
let server: Server;
let url: string;
let pki: Awaited<ReturnType<typeof startPkiServer>>;
const authUrlBefore = process.env.AUTH_URL;

beforeAll(async () => {
  process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), 'totp-bsre-'));
  process.env.MOCK_CA_DIR = path.join(await mkdtemp(path.join(tmpdir(), 'totp-ca-')), 'ca');
  pki = await startPkiServer(0);
  process.env.AUTH_URL = pki.baseUrl;
  const backend = createMockCaBackend({ overrides: await provisionMockBsreFixtures({ slowMs: 3_000 }) });
  server = createMockBsreServer({ backend, ...CLIENT, totp: { keyPassphrase: MOCK_BSRE_PASSPHRASE, deliver: (nik, code) => inbox.set(nik, code) } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await pki.close();
  if (authUrlBefore === undefined) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = authUrlBefore;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

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
