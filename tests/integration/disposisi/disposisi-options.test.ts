// What the disposisi form offers a pejabat, whole: the posts below with today's holder (definitif
// before Plt. before Plh., ended and future posts left out), the latest recipients first, the OPD's
// active instructions in their order, and only this post's presets.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { actorFor } from '../support/actors';
import { assign, createDisposisiWorld, createJabatan, createPegawai, deliverLetter } from '../support/factories';

const day = (offset: number) => calendarDay(new Date(Date.now() + offset * 86_400_000));

describe('listDisposisiOptions', () => {
  it("names each post's holder of today, puts the latest recipients first and keeps the OPD's active instructions in order", async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);

    // A vacant bidang led by a Plt. (and a Plh. for today, who yields to the Plt.), one whose Plt. ended, one whose Plt. starts tomorrow.
    const vacant = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Kosong' });
    const plt = await createPegawai(w.instansi.id, w.opd.id);
    const plh = await createPegawai(w.instansi.id, w.opd.id);
    await prisma.pegawai.update({ where: { id: plt.id }, data: { gelarDepan: 'Ir.', gelarBelakang: 'M.T.' } });
    await assign(plh.id, vacant.id, 'PLH', day(-1), day(1));
    await assign(plt.id, vacant.id, 'PLT', day(-30), day(30));
    const ended = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Selesai' });
    await assign(plt.id, ended.id, 'PLT', day(-30), day(-1));
    const future = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Nanti' });
    await assign(plh.id, future.id, 'PLT', day(1), null);
    const closed = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Ditutup' });
    await prisma.jabatan.update({ where: { id: closed.id }, data: { aktif: false } });

    // The instructions: one retired, one put first.
    const [first, second] = (await prisma.instruksiDisposisi.findMany({ where: { opdId: w.opd.id }, orderBy: { urutan: 'asc' } })).map((i) => i.teks);
    await prisma.instruksiDisposisi.update({ where: { opdId_teks: { opdId: w.opd.id, teks: first! } }, data: { aktif: false } });
    await prisma.instruksiDisposisi.create({ data: { opdId: w.opd.id, teks: 'Paling depan', urutan: -1 } });

    // Two disposisi: to kabid2 first, then to the vacant bidang: the latest comes first.
    for (const penerima of [[w.kabid2.jabatan.id], [vacant.id]]) {
      const { naskahId } = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat untuk disposisi' });
      await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId, penerima, instruksi: [second] }));
    }

    const options = await listDisposisiOptions(kepala);
    const byId = new Map(options.recipients.map((r) => [r.jabatanId, r]));
    expect(byId.get(vacant.id)?.pemegang).toBe(`Plt. Ir. ${plt.nama}, M.T.`);
    expect(byId.get(ended.id)?.pemegang).toBeNull();
    expect(byId.get(future.id)?.pemegang).toBeNull();
    expect(byId.has(closed.id)).toBe(false);
    expect(byId.get(w.kabid.jabatan.id)).toMatchObject({ nama: w.kabid.jabatan.nama, namaSingkat: w.kabid.jabatan.namaSingkat, level: 2, pemegang: w.kabid.pegawai.nama });
    expect(options.quickRecipientIds.slice(0, 2)).toEqual([vacant.id, w.kabid2.jabatan.id]);
    expect(options.instruksi[0]).toBe('Paling depan');
    expect(options.instruksi).not.toContain(first);
    expect(options.instruksi).toContain(second);
    expect(options.presets).toEqual([]);
  });
});
