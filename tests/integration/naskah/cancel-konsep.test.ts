import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { cancelKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { TransitionError } from '@/lib/domain/naskah/state-machine';
import { cancelKonsep } from '@/lib/services/naskah/cancel-konsep';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { listNaskahWorklist } from '@/lib/services/naskah/list-naskah-worklist';
import { openNaskah } from '@/lib/services/naskah/open-naskah';
import { returnToDrafter } from '@/lib/services/naskah/return-to-drafter';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { withdrawNaskah } from '@/lib/services/naskah/withdraw-naskah';
import { actorFor } from '../support/actors';
import { createDraftingWorld, saveInput } from './drafting-world';

const cancel = (naskahId: string, alasan = '') => cancelKonsepSchema.parse({ naskahId, alasan });

describe('cancelling a konsep', () => {
  it('the drafter cancels a konsep: it leaves Konsep, shows under Dibatalkan, keeps its versions and moves no more', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w));
    expect((await listNaskahWorklist(staf, 'konsep')).map((n) => n.id)).toContain(naskahId);

    await cancelKonsep(staf, cancel(naskahId, 'Rapat ditunda sampai tahun depan.'));

    const naskah = await openNaskah(staf, naskahId);
    expect(naskah.status).toBe('DIBATALKAN');
    expect(naskah.peran).toMatchObject({ canEdit: false, canCancel: false, canWithdraw: false });
    expect(naskah.versi.length).toBeGreaterThan(0);
    expect((await listNaskahWorklist(staf, 'konsep')).map((n) => n.id)).not.toContain(naskahId);
    expect((await listNaskahWorklist(staf, 'dibatalkan')).map((n) => n.id)).toEqual([naskahId]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: naskahId, action: 'naskah.cancel' } });
    expect(audit.after).toMatchObject({ status: 'DIBATALKAN', alasan: 'Rapat ditunda sampai tahun depan.' });

    await expect(saveKonsep(staf, saveInput(naskahId, w))).rejects.toThrow(TransitionError);
    await expect(submitForReview(staf, { naskahId, verifikator: [] })).rejects.toThrow(TransitionError);
    await expect(cancelKonsep(staf, cancel(naskahId))).rejects.toThrow('tidak dapat dibatalkan karena statusnya "Dibatalkan"');
  });

  it('a naskah in the chain is pulled back before it is cancelled; a returned one can be cancelled', async () => {
    const w = await createDraftingWorld();
    const [staf, kasi] = await Promise.all([actorFor(w.staf.pegawai.id), actorFor(w.kasi.pegawai.id)]);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w));
    await submitForReview(staf, { naskahId, verifikator: [w.kasi.jabatan.id] });

    await expect(cancelKonsep(staf, cancel(naskahId))).rejects.toThrow('Tarik kembali menjadi konsep lebih dulu');
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } })).status).toBe('VERIFIKASI');

    await returnToDrafter(kasi, { naskahId, catatan: 'Acara rapat belum jelas.' });
    expect((await openNaskah(staf, naskahId)).peran.canCancel).toBe(true);
    await cancelKonsep(staf, cancel(naskahId));
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } })).status).toBe('DIBATALKAN');
    expect(await listNaskahWorklist(kasi, 'verifikasi')).toEqual([]);

    const second = await createKonsep(staf, { jenis: 'MEMO' });
    await saveKonsep(staf, { ...saveInput(second.naskahId, w), konten: { isi: '<p>Mohon disiapkan bahan rapat.</p>' } });
    await submitForReview(staf, { naskahId: second.naskahId, verifikator: [w.kasi.jabatan.id] });
    await withdrawNaskah(staf, second.naskahId);
    await cancelKonsep(staf, cancel(second.naskahId));
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: second.naskahId } })).status).toBe('DIBATALKAN');
  });

  it('only the drafter cancels: the verifikator is refused, an outsider does not find it, nothing changes', async () => {
    const w = await createDraftingWorld();
    const [staf, kasi, outsider] = await Promise.all([actorFor(w.staf.pegawai.id), actorFor(w.kasi.pegawai.id), actorFor(w.staf2.pegawai.id)]);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w));
    await submitForReview(staf, { naskahId, verifikator: [w.kasi.jabatan.id] });
    await withdrawNaskah(staf, naskahId);

    await expect(cancelKonsep(kasi, cancel(naskahId))).rejects.toThrow(ForbiddenError);
    await expect(cancelKonsep(outsider, cancel(naskahId))).rejects.toThrow(NotFoundError);
    const other = await createDraftingWorld();
    await expect(cancelKonsep(await actorFor(other.staf.pegawai.id), cancel(naskahId))).rejects.toThrow(NotFoundError);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } })).status).toBe('KONSEP');
    expect(await prisma.auditLog.count({ where: { entityId: naskahId, action: 'naskah.cancel' } })).toBe(0);
    expect(cancelKonsepSchema.safeParse({ naskahId, alasan: 'x'.repeat(501) }).error?.issues[0].message).toBe('Alasan paling panjang 500 karakter.');
  });
});
