// One passphrase limit for a single signature and a batch (lib/services/tanda-tangan/passphrase-attempt.ts):
// wrong passphrases use it up across both, anything else gives the point back, and the refusal is
// in the audit log without the passphrase.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';
import { RATE_LIMITS } from '@/lib/security/rate-limit';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { startBatchTandaTangan } from '@/lib/services/tanda-tangan/start-batch-tanda-tangan';
import { SigningError, type PdfSigner } from '@/lib/signing/types';
import { actorFor } from '../support/actors';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'passphrase-limit-'));
});

const WRONG = 'Salah#Sekali-9f3';

function refusing(code: 'WRONG_PASSPHRASE' | 'UNAVAILABLE'): PdfSigner & { calls: number } {
  const inner = passThroughSigner();
  const signer = {
    ...inner,
    calls: 0,
    async signPdf() {
      signer.calls += 1;
      throw new SigningError(code);
    },
    async signPdfBatch() {
      signer.calls += 1;
      throw new SigningError(code);
    },
  };
  return signer;
}

describe('the passphrase limit', () => {
  it('counts wrong passphrases of single signatures and batches together, refuses the next entry, and audits the refusal', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const naskah = await Promise.all([1, 2].map(() => createNaskahMenungguTandaTangan(w)));
    const wrong = refusing('WRONG_PASSPHRASE');
    const points = RATE_LIMITS.passphrase.points;
    // Half of the points through single signatures, the rest through batches.
    for (let k = 0; k < points; k++) {
      if (k % 2 === 0) {
        await expect(signNaskah({ actor: kepala, naskahId: naskah[0]!.id, passphrase: WRONG }, wrong)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
      } else {
        await (await startBatchTandaTangan({ actor: kepala, naskahIds: naskah.map((n) => n.id), passphrase: WRONG }, wrong)).done;
      }
    }
    const calls = wrong.calls;
    await expect(startBatchTandaTangan({ actor: kepala, naskahIds: naskah.map((n) => n.id), passphrase: WRONG }, wrong)).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(signNaskah({ actor: kepala, naskahId: naskah[0]!.id, passphrase: 'Rahasia#1' }, passThroughSigner())).rejects.toThrow(/Terlalu banyak percobaan\. Coba lagi dalam \d+ menit\./);
    expect(wrong.calls).toBe(calls);

    const refusals = await prisma.auditLog.findMany({ where: { action: 'pegawai.throttlePassphrase', actorPegawaiId: w.kepala.id } });
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ entityType: 'Pegawai', entityId: w.kepala.id });
    const allAudit = JSON.stringify(await prisma.auditLog.findMany({ where: { actorPegawaiId: w.kepala.id }, select: { action: true, before: true, after: true } }));
    expect(allAudit).toContain('WRONG_PASSPHRASE');
    expect(allAudit).not.toContain(WRONG);
  });

  it('gives the point back when the signer is down or the batch is refused, so only wrong passphrases count', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const naskah = await createNaskahMenungguTandaTangan(w);
    for (let k = 0; k < RATE_LIMITS.passphrase.points + 2; k++) {
      await expect(signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: 'Rahasia#1' }, refusing('UNAVAILABLE'))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      await (await startBatchTandaTangan({ actor: kepala, naskahIds: [naskah.id], passphrase: 'Rahasia#1' }, refusing('UNAVAILABLE'))).done;
    }
    const signed = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: 'Rahasia#1' }, passThroughSigner());
    expect(signed.nomor).toContain('/0001/');
    expect(await prisma.auditLog.count({ where: { action: 'pegawai.throttlePassphrase', actorPegawaiId: w.kepala.id } })).toBe(0);
  });
});
