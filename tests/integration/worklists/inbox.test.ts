import { describe, expect, it } from 'vitest';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import type { InboxFilter } from '@/lib/domain/surat-masuk/inbox-query';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { countWorklists, worklistCountsSql } from '@/lib/services/beranda/count-worklists';
import { assign, createJabatan, createPegawai, createWorld, deliverLetter } from '../support/factories';
import { actorFor } from '../support/actors';
import { prisma } from '@/lib/db';

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
    // The page as Surat Masuk shows it: BARIS_PER_HALAMAN letters, then the rest after its cursor.
    const first = await listInbox(actor);
    expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, BARIS_PER_HALAMAN).map((r) => r.id));
    expect((await listInbox(actor, { cursor: first.nextCursor })).rows.map((r) => r.id)).toEqual(all.slice(BARIS_PER_HALAMAN).map((r) => r.id));
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

  it('bounds dates by the WIB calendar day and takes typed % and _ literally', async () => {
    const { opd, kepala, kepalaJabatan } = await createWorld();
    // 3 Nov 23:59 WIB is still 3 Nov; 4 Nov 00:00 WIB (3 Nov 17:00 UTC) is not.
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'akhir hari', at: '2026-11-03T16:59:59.999Z', pengirimNama: 'Dinas 100% Digital' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'hari berikutnya', at: '2026-11-03T17:00:00.000Z', pengirimNama: 'Dinas_Pendidikan' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'awal hari', at: '2026-11-02T17:00:00.000Z', pengirimNama: 'Dinas Pendidikan' });
    const actor = await actorFor(kepala.id);
    const perihal = async (filter: Partial<InboxFilter>) => (await listInbox(actor, { filter })).rows.map((r) => r.perihal).sort();
    expect(await perihal({ dari: '2026-11-03', sampai: '2026-11-03' })).toEqual(['akhir hari', 'awal hari']);
    expect(await perihal({ dari: '2026-11-04' })).toEqual(['hari berikutnya']);
    expect(await perihal({ pengirim: '100%' })).toEqual(['akhir hari']);
    expect(await perihal({ pengirim: '%' })).toEqual(['akhir hari']);
    expect(await perihal({ pengirim: 'dinas_' })).toEqual(['hari berikutnya']);
    expect(await perihal({ pengirim: 'DINAS PENDIDIKAN' })).toEqual(['awal hari']);
  });

  it('names the sending OPD when the letter has no outside sender, marks tembusan, and leaves archived deliveries out', async () => {
    const { opd, kepala, kepalaJabatan } = await createWorld();
    const internal = await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'dari dinas sendiri', at: '2026-11-05T01:00:00Z' });
    await prisma.naskah.update({ where: { id: internal.naskahId }, data: { pengirimNama: null, nomor: '800/12/2026' } });
    await prisma.delivery.update({ where: { id: internal.id }, data: { jenis: 'TEMBUSAN' } });
    const archived = await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'sudah diarsipkan', at: '2026-11-06T01:00:00Z' });
    await prisma.delivery.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const { rows } = await listInbox(await actorFor(kepala.id));
    expect(rows).toEqual([
      expect.objectContaining({ id: internal.id, naskahId: internal.naskahId, perihal: 'dari dinas sendiri', pengirim: opd.nama, nomor: '800/12/2026', jenis: 'TEMBUSAN', dibaca: false, diterima: new Date('2026-11-05T01:00:00Z'), derajatKecepatan: 'BIASA', klasifikasiKeamanan: 'BIASA' }),
    ]);
  });

  it("counts the post's unread, unarchived letters for the badge from the small partial index alone, whatever the history", async () => {
    const { opd, kepala, kepalaJabatan } = await createWorld();
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'belum dibaca', at: '2026-11-05T01:00:00Z' });
    await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'sudah dibaca', read: true, at: '2026-11-05T02:00:00Z' });
    const archived = await deliverLetter(opd.id, kepalaJabatan.id, { perihal: 'diarsipkan tanpa dibaca', at: '2026-11-05T03:00:00Z' });
    await prisma.delivery.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const actor = await actorFor(kepala.id);
    expect((await countWorklists(actor)).suratMasuk).toBe(1);
    // Without a table scan or a bitmap, the planner's only way that never reads the table: the
    // (jabatanId, readAt, deliveredAt) index has no archivedAt, so each row was fetched to check it.
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      await tx.$executeRawUnsafe('SET LOCAL enable_bitmapscan = off');
      const query = worklistCountsSql(actor);
      const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${query.text}`, ...query.values);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index Only Scan using "Delivery_belum_dibaca_idx" on "Delivery" d/);
  });

  it('pages a filtered list too, and a cursor in the read group stays there', async () => {
    const { opd, kepala, kepalaJabatan } = await createWorld();
    for (let i = 0; i < 7; i++) {
      await deliverLetter(opd.id, kepalaJabatan.id, { perihal: `segera ${i}`, kecepatan: 'SEGERA', read: i < 4, at: '2026-11-10T01:00:00Z' });
      await deliverLetter(opd.id, kepalaJabatan.id, { perihal: `biasa ${i}`, read: i < 4, at: `2026-11-1${i}T02:00:00Z` });
    }
    const actor = await actorFor(kepala.id);
    const walk = async (filter: Partial<InboxFilter>) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listInbox>> = await listInbox(actor, { filter, take: 2, cursor });
        seen.push(...page.rows.map((r) => r.perihal));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const segera = await walk({ kecepatan: 'SEGERA' });
    expect(segera).toHaveLength(7);
    expect(segera.slice(0, 3).sort()).toEqual(['segera 4', 'segera 5', 'segera 6']);
    expect(await walk({ belumDibaca: true })).toHaveLength(6);
    const all = await walk({});
    expect(all).toHaveLength(14);
    expect(new Set(all).size).toBe(14);
    // Read group: SEGERA before BIASA, and the BIASA ones newest first.
    expect(all.slice(6)).toEqual([...all.slice(6, 10).filter((p) => p.startsWith('segera')), 'biasa 3', 'biasa 2', 'biasa 1', 'biasa 0']);
  });

  it('refuses a person who holds no post today', async () => {
    const { instansi, opd } = await createWorld();
    const tanpaJabatan = await createPegawai(instansi.id, opd.id);
    await expect(listInbox(await actorFor(tanpaJabatan.id))).rejects.toThrow('tidak berwenang');
  });
});
