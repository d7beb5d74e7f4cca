import { describe, expect, it } from 'vitest';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { assign, createJabatan, createPegawai, createWorld, deliverLetter } from '../support/factories';
import { actorFor } from '../support/actors';

describe('Surat Masuk of a post', () => {
  it('lists unread first, then by urgency, then newest; never another post\'s letters', async () => {
    const { instansi, opd, kepala, kepalaJabatan } = await createWorld();
    const kabidJabatan = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2 });
    const kabid = await createPegawai(instansi.id, opd.id);
    await assign(kabid.id, kabidJabatan.id, 'DEFINITIF', '2020-01-01');

    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'lama dibaca', read: true, at: '2026-11-20T01:00:00Z' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'biasa baru', at: '2026-11-22T01:00:00Z' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'kilat', kecepatan: 'SANGAT_SEGERA', at: '2026-11-21T01:00:00Z' });
    await deliverLetter(opd.id, kabidJabatan.id, { perihal: 'rahasia untuk kabid', rahasia: true, at: '2026-11-22T02:00:00Z' });

    const kepalaActor = await actorFor(kepala.id);
    expect((await listInbox(kepalaActor)).map((r) => r.perihal)).toEqual(['kilat', 'biasa baru', 'lama dibaca']);
    expect((await countWorklists(kepalaActor)).suratMasuk).toBe(2);

    const kabidInbox = await listInbox(await actorFor(kabid.id));
    expect(kabidInbox.map((r) => r.perihal)).toEqual(['rahasia untuk kabid']);
  });

  it('refuses a person who holds no post today', async () => {
    const { instansi, opd } = await createWorld();
    const tanpaJabatan = await createPegawai(instansi.id, opd.id);
    await expect(listInbox(await actorFor(tanpaJabatan.id))).rejects.toThrow('tidak berwenang');
  });
});
