import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { countNotifikasiBelumDibaca, listNotifikasi } from '@/lib/services/notifikasi/list-notifikasi';
import { markNotifikasiRead } from '@/lib/services/notifikasi/mark-notifikasi-read';
import { bukaNotifikasi } from '@/lib/services/notifikasi/buka-notifikasi';
import { createPegawai, createWorld } from '../support/factories';
import { actorFor } from '../support/actors';
import { LENCANA_MAKS, teksLencana, ucapanLencana } from '@/lib/domain/lencana';

async function notify(pegawaiId: string, judul: string, createdAt: string) {
  return prisma.notifikasi.create({ data: { pegawaiId, judul, pesan: `Pesan ${judul}`, tautan: '/konsep', createdAt: new Date(createdAt) } });
}

describe('notifikasi', () => {
  it('lists only the actor\'s own, unread first then newest, and counts the unread', async () => {
    const { instansi, opd, kepala } = await createWorld();
    const lain = await createPegawai(instansi.id, opd.id);
    const lama = await notify(kepala.id, 'lama', '2026-11-20T01:00:00Z');
    await notify(kepala.id, 'baru', '2026-11-22T01:00:00Z');
    await notify(lain.id, 'milik orang lain', '2026-11-23T01:00:00Z');
    await prisma.notifikasi.update({ where: { id: lama.id }, data: { readAt: new Date('2026-11-21T00:00:00Z') } });
    await notify(kepala.id, 'tengah', '2026-11-21T01:00:00Z');

    const actor = await actorFor(kepala.id);
    expect((await listNotifikasi(actor)).map((n) => n.judul)).toEqual(['baru', 'tengah', 'lama']);
    expect(await countNotifikasiBelumDibaca(actor)).toBe(2);
  });

  it('marks one or all read, and a guessed id of someone else changes nothing', async () => {
    const { instansi, opd, kepala } = await createWorld();
    const lain = await createPegawai(instansi.id, opd.id);
    const milikLain = await notify(lain.id, 'milik orang lain', '2026-11-23T01:00:00Z');
    const satu = await notify(kepala.id, 'satu', '2026-11-22T01:00:00Z');
    await notify(kepala.id, 'dua', '2026-11-22T02:00:00Z');
    const actor = await actorFor(kepala.id);

    expect(await markNotifikasiRead(actor, { id: milikLain.id })).toBe(0);
    expect((await prisma.notifikasi.findUniqueOrThrow({ where: { id: milikLain.id } })).readAt).toBeNull();

    expect(await markNotifikasiRead(actor, { id: satu.id })).toBe(1);
    expect(await countNotifikasiBelumDibaca(actor)).toBe(1);
    expect(await markNotifikasiRead(actor)).toBe(1);
    expect(await countNotifikasiBelumDibaca(actor)).toBe(0);
    expect((await prisma.notifikasi.findUniqueOrThrow({ where: { id: milikLain.id } })).readAt).toBeNull();
  });

  it('"Buka" marks that one notification read and leads to its page; another person\'s, or a link off the app, leads to the list', async () => {
    const { instansi, opd, kepala } = await createWorld();
    const lain = await createPegawai(instansi.id, opd.id);
    const milikLain = await notify(lain.id, 'milik orang lain', '2026-11-23T01:00:00Z');
    const satu = await prisma.notifikasi.create({ data: { pegawaiId: kepala.id, judul: 'Disposisi baru', pesan: 'Pesan', tautan: '/surat-masuk/01a249d0-6348-71ac-b3b7-6fad86b06ec1' } });
    await notify(kepala.id, 'dua', '2026-11-22T02:00:00Z');
    const actor = await actorFor(kepala.id);

    expect(await bukaNotifikasi(actor, satu.id)).toBe('/surat-masuk/01a249d0-6348-71ac-b3b7-6fad86b06ec1');
    expect((await prisma.notifikasi.findUniqueOrThrow({ where: { id: satu.id } })).readAt).not.toBeNull();
    expect(await countNotifikasiBelumDibaca(actor)).toBe(1);
    // Opened again: still its page, its first reading kept.
    const dibaca = (await prisma.notifikasi.findUniqueOrThrow({ where: { id: satu.id } })).readAt;
    expect(await bukaNotifikasi(actor, satu.id)).toBe('/surat-masuk/01a249d0-6348-71ac-b3b7-6fad86b06ec1');
    expect((await prisma.notifikasi.findUniqueOrThrow({ where: { id: satu.id } })).readAt).toEqual(dibaca);

    expect(await bukaNotifikasi(actor, milikLain.id)).toBe('/notifikasi');
    expect((await prisma.notifikasi.findUniqueOrThrow({ where: { id: milikLain.id } })).readAt).toBeNull();
    for (const tautan of ['//contoh.test/jebakan', '/\\contoh.test', 'https://contoh.test', null]) {
      const n = await prisma.notifikasi.create({ data: { pegawaiId: kepala.id, judul: 'x', pesan: 'x', tautan } });
      expect(await bukaNotifikasi(actor, n.id)).toBe('/notifikasi');
    }
  });

  it('counts the unread only as far as the badge shows them: 99+ for 250', async () => {
    const { kepala } = await createWorld();
    await prisma.notifikasi.createMany({
      data: Array.from({ length: 250 }, (_, i) => ({ pegawaiId: kepala.id, judul: `n${i}`, pesan: 'Pesan', tautan: '/konsep', createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)) })),
    });
    const actor = await actorFor(kepala.id);
    const n = await countNotifikasiBelumDibaca(actor);
    expect(n).toBe(LENCANA_MAKS + 1);
    expect([teksLencana(n), ucapanLencana(n)]).toEqual(['99+', 'lebih dari 99']);
    expect([teksLencana(LENCANA_MAKS), ucapanLencana(LENCANA_MAKS)]).toEqual(['99', '99']);
    await prisma.notifikasi.updateMany({ where: { pegawaiId: kepala.id, judul: { not: 'n0' } }, data: { readAt: new Date() } });
    expect(await countNotifikasiBelumDibaca(actor)).toBe(1);
  });
});
