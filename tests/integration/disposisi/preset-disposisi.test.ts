import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { MAX_PRESET_PER_JABATAN, savePresetSchema } from '@/lib/domain/disposisi/preset-schema';
import { DomainError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { deletePresetDisposisi } from '@/lib/services/disposisi/delete-preset-disposisi';
import { listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { savePresetDisposisi } from '@/lib/services/disposisi/save-preset-disposisi';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, createPegawai } from '../support/factories';

const preset = (penerima: string[], over: Record<string, unknown> = {}) =>
  savePresetSchema.parse({ namaPreset: 'Kabid, tindak lanjuti', penerima, instruksi: ['Untuk ditindaklanjuti'], ...over });

describe('disposisi presets', () => {
  it('saves a preset for the post and offers it in the form options; only the post sees or deletes it', async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);
    const { presetId } = await savePresetDisposisi(kepala, preset([w.kabid.jabatan.id, w.staf.jabatan.id], { catatan: 'Segera laporkan' }));
    const options = await listDisposisiOptions(kepala);
    expect(options.presets).toEqual([{ id: presetId, nama: 'Kabid, tindak lanjuti', penerima: [w.kabid.jabatan.id, w.staf.jabatan.id], instruksi: ['Untuk ditindaklanjuti'], catatan: 'Segera laporkan', batasHari: null }]);

    // A preset keeps the deadline chip it was saved with, as days from the day it is used.
    const { presetId: duaHari } = await savePresetDisposisi(kepala, preset([w.kabid.jabatan.id], { namaPreset: 'Kabid, 2 hari', batasHari: '2' }));
    expect((await listDisposisiOptions(kepala)).presets.find((p) => p.id === duaHari)?.batasHari).toBe(2);
    expect(savePresetSchema.safeParse({ namaPreset: 'x', penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'], batasHari: '-1' }).success).toBe(false);
    await deletePresetDisposisi(kepala, duaHari);

    const kabid = await actorFor(w.kabid.pegawai.id);
    expect((await listDisposisiOptions(kabid)).presets).toEqual([]);
    await expect(deletePresetDisposisi(kabid, presetId)).rejects.toBeInstanceOf(NotFoundError);
    await deletePresetDisposisi(kepala, presetId);
    expect((await listDisposisiOptions(kepala)).presets).toEqual([]);
  });

  it('refuses upward or sideways recipients, unknown instructions, and more than the limit; writes nothing', async () => {
    const w = await createDisposisiWorld();
    const kabid = await actorFor(w.kabid.pegawai.id);
    await expect(savePresetDisposisi(kabid, preset([w.kepalaJabatan.id]))).rejects.toBeInstanceOf(DomainError);
    await expect(savePresetDisposisi(kabid, preset([w.kabid2.jabatan.id]))).rejects.toBeInstanceOf(DomainError);
    await expect(savePresetDisposisi(kabid, preset([w.staf.jabatan.id], { instruksi: ['Bukan instruksi OPD'] }))).rejects.toThrow('tidak ada dalam daftar');
    expect(await prisma.presetDisposisi.count({ where: { jabatanId: w.kabid.jabatan.id } })).toBe(0);

    await Promise.allSettled(Array.from({ length: MAX_PRESET_PER_JABATAN + 2 }, (_, i) => savePresetDisposisi(kabid, preset([w.staf.jabatan.id], { namaPreset: `P${i}` }))));
    expect(await prisma.presetDisposisi.count({ where: { jabatanId: w.kabid.jabatan.id } })).toBe(MAX_PRESET_PER_JABATAN);
  });

  it('refuses a person without a post', async () => {
    const w = await createDisposisiWorld();
    const tanpaJabatan = await actorFor((await createPegawai(w.instansi.id, w.opd.id)).id);
    await expect(savePresetDisposisi(tanpaJabatan, preset([w.staf.jabatan.id]))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
