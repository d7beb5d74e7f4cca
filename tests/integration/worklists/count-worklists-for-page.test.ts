import { describe, expect, it } from 'vitest';
import { countWorklistsForPage } from '@/lib/services/beranda/count-worklists-for-page';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { assign, createJabatan, createPegawai, createWorld, deliverLetter } from '../support/factories';
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
});
