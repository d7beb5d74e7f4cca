import { describe, expect, it } from 'vitest';
import { countWorklistsForPage } from '@/lib/services/beranda/count-worklists-for-page';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { assign, createDisposisiWorld, createJabatan, createPegawai, createWorld, deliverLetter } from '../support/factories';
import { actorFor } from '../support/actors';

describe('worklist counts shown on pages', () => {
  it('are never shared between people or posts', async () => {
    const { instansi, opd, kepala, kepalaJabatan } = await createWorld();
    const kabidJabatan = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2 });
    const kabid = await createPegawai(instansi.id, opd.id);
    await assign(kabid.id, kabidJabatan.id, 'DEFINITIF', '2020-01-01');
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'untuk kepala 1' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'untuk kepala 2' });
    await deliverLetter(opd.id, kabidJabatan.id, { perihal: 'untuk kabid' });

    expect((await countWorklistsForPage(await actorFor(kepala.id))).suratMasuk).toBe(2);
    expect((await countWorklistsForPage(await actorFor(kabid.id))).suratMasuk).toBe(1);
  });

  it('are reused for a few seconds, then counted again', async () => {
    const { opd, kepala, kepalaJabatan } = await createWorld();
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'pertama' });
    expect((await countWorklistsForPage(await actorFor(kepala.id))).suratMasuk).toBe(1);

    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'kedua' });
    const actor = await actorFor(kepala.id);
    expect((await countWorklists(actor)).suratMasuk).toBe(2);
    expect((await countWorklistsForPage(actor)).suratMasuk).toBe(1);

    await new Promise((r) => setTimeout(r, 3_100));
    expect((await countWorklistsForPage(await actorFor(kepala.id))).suratMasuk).toBe(2);
  });

  it('counts each worklist of the post, and nothing read, archived, withdrawn, finished or of another post', async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    await deliverLetter(w.opd.id, w.kabid.jabatan.id, { perihal: 'belum dibaca' });
    await deliverLetter(w.opd.id, w.kabid.jabatan.id, { perihal: 'sudah dibaca', read: true });
    const diarsipkan = await deliverLetter(w.opd.id, w.kabid.jabatan.id, { perihal: 'diarsipkan' });
    await prisma.delivery.update({ where: { id: diarsipkan.id }, data: { archivedAt: new Date() } });
    await deliverLetter(w.opd.id, w.kabid2.jabatan.id, { perihal: 'untuk kabid lain' });
    const untukKepala = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'didisposisikan' });
    await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: untukKepala.naskahId, penerima: [w.kabid.jabatan.id, w.kabid2.jabatan.id], instruksi: ['Untuk diketahui'] }));
    const ditarik = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'ditarik', read: true });
    const { disposisiId } = await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: ditarik.naskahId, penerima: [w.kabid2.jabatan.id], instruksi: ['Untuk diketahui'] }));
    await withdrawDisposisi(kepala, disposisiId);
    const naskah = (status: 'KONSEP' | 'DIKEMBALIKAN' | 'VERIFIKASI' | 'MENUNGGU_TANDA_TANGAN' | 'DITANDATANGANI', jabatan: Partial<Record<'pembuatJabatanId' | 'penandatanganJabatanId' | 'giliranJabatanId', string>>) =>
      prisma.naskah.create({ data: { opdId: w.opd.id, sumber: 'INTERNAL', status, perihal: status, ...jabatan } });
    await naskah('KONSEP', { pembuatJabatanId: w.kabid.jabatan.id });
    await naskah('DIKEMBALIKAN', { pembuatJabatanId: w.kabid.jabatan.id });
    await naskah('DITANDATANGANI', { pembuatJabatanId: w.kabid.jabatan.id });
    await naskah('KONSEP', { pembuatJabatanId: w.kabid2.jabatan.id });
    await naskah('MENUNGGU_TANDA_TANGAN', { penandatanganJabatanId: w.kabid.jabatan.id, giliranJabatanId: w.kabid.jabatan.id });
    await naskah('MENUNGGU_TANDA_TANGAN', { penandatanganJabatanId: w.kabid.jabatan.id, giliranJabatanId: w.kabid.jabatan.id });

    expect(await countWorklists(kabid)).toEqual({ suratMasuk: 1, disposisi: 1, konsep: 2, tandaTangan: 2, verifikasi: 0 });
    expect(await countWorklists(await actorFor(w.kabid2.pegawai.id))).toEqual({ suratMasuk: 1, disposisi: 1, konsep: 1, tandaTangan: 0, verifikasi: 0 });
    // The kepala has not opened the letter they disposed of; their other one was read.
    expect(await countWorklists(kepala)).toEqual({ suratMasuk: 1, disposisi: 0, konsep: 0, tandaTangan: 0, verifikasi: 0 });
  });
});
