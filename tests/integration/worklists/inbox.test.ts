import { describe, expect, it } from 'vitest';
import type { InboxFilter } from '@/lib/domain/surat-masuk/inbox-query';
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
    expect((await listInbox(kepalaActor)).rows.map((r) => r.perihal)).toEqual(['kilat', 'biasa baru', 'lama dibaca']);
    expect((await countWorklists(kepalaActor)).suratMasuk).toBe(2);

    const kabidInbox = await listInbox(await actorFor(kabid.id));
    expect(kabidInbox.rows.map((r) => r.perihal)).toEqual(['rahasia untuk kabid']);
  });

  it('pages through unread then read letters with a keyset cursor, never repeating or skipping one', async () => {
    const { opd, kepala, kepalaJabatan } = await createWorld();
    const kecepatan = ['BIASA', 'SEGERA', 'SANGAT_SEGERA'] as const;
    for (let i = 0; i < 23; i++) {
      // Same delivery time for several letters, so the id must break ties.
      await deliverLetter(opd.id, kepalaJabatan.id, { perihal: `surat ${i}`, kecepatan: kecepatan[i % 3], read: i % 4 === 0, at: `2026-11-${10 + (i % 5)}T01:00:00Z` });
    }
    const actor = await actorFor(kepala.id);
    const all = (await listInbox(actor, { take: 100 })).rows;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listInbox>> = await listInbox(actor, { take: 4, cursor });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((r) => r.id));
    expect(all).toHaveLength(23);
    const firstRead = all.findIndex((r) => r.dibaca);
    expect(all.slice(firstRead).every((r) => r.dibaca)).toBe(true);
    // Within the unread group: most urgent first, then newest.
    const unread = all.slice(0, firstRead);
    const rank = (k: string) => kecepatan.indexOf(k as (typeof kecepatan)[number]);
    expect(unread.every((r, i) => i === 0 || rank(unread[i - 1].derajatKecepatan) > rank(r.derajatKecepatan) || (unread[i - 1].derajatKecepatan === r.derajatKecepatan && unread[i - 1].diterima >= r.diterima))).toBe(true);
    // A tampered cursor starts over instead of failing.
    expect((await listInbox(actor, { take: 4, cursor: 'bukan-kursor' })).rows.map((r) => r.id)).toEqual(all.slice(0, 4).map((r) => r.id));
  });

  it('filters by unread, urgency, security class, date range and sender', async () => {
    const { opd, kepala, kepalaJabatan } = await createWorld();
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'dibaca', read: true, at: '2026-11-02T01:00:00Z' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'kilat', kecepatan: 'SANGAT_SEGERA', at: '2026-11-05T01:00:00Z' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'rahasia', rahasia: true, at: '2026-11-08T01:00:00Z' });
    const actor = await actorFor(kepala.id);
    const perihal = async (filter: Partial<InboxFilter>) =>
      (await listInbox(actor, { filter })).rows.map((r) => r.perihal).sort();
    expect(await perihal({ belumDibaca: true })).toEqual(['kilat', 'rahasia']);
    expect(await perihal({ kecepatan: 'SANGAT_SEGERA' })).toEqual(['kilat']);
    expect(await perihal({ keamanan: 'RAHASIA' })).toEqual(['rahasia']);
    expect(await perihal({ dari: '2026-11-03', sampai: '2026-11-07' })).toEqual(['kilat']);
    expect(await perihal({ pengirim: 'kementerian uji' })).toEqual(['dibaca', 'kilat', 'rahasia']);
    expect(await perihal({ pengirim: 'tidak ada' })).toEqual([]);
  });

  it('refuses a person who holds no post today', async () => {
    const { instansi, opd } = await createWorld();
    const tanpaJabatan = await createPegawai(instansi.id, opd.id);
    await expect(listInbox(await actorFor(tanpaJabatan.id))).rejects.toThrow('tidak berwenang');
  });
});
