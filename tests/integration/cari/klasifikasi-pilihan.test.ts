// The search page's kode klasifikasi filter: the active codes of the actor's own instansi, in kode order.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { listKlasifikasiPilihan } from '@/lib/services/cari/list-klasifikasi-pilihan';
import { actorFor } from '../support/actors';
import { createWorld } from '../support/factories';

describe('listKlasifikasiPilihan', () => {
  it("offers the instansi's active codes in kode order, never a retired one or another instansi's", async () => {
    const w = await createWorld();
    const other = await createWorld();
    const add = (instansiId: string, kode: string, nama: string, aktif = true) => prisma.klasifikasiArsip.create({ data: { instansiId, kode, nama, aktif } });
    const b = await add(w.instansi.id, '800.1', 'Kepegawaian');
    const a = await add(w.instansi.id, '000.1', 'Ketatausahaan');
    await add(w.instansi.id, '005', 'Undangan (lama)', false);
    await add(other.instansi.id, '000.2', 'Milik pemda lain');
    const c = await add(w.instansi.id, '005.1', 'Undangan');
    const pilihan = await listKlasifikasiPilihan(await actorFor(w.kepala.id));
    expect(pilihan).toEqual([a, c, b].map((k) => ({ id: k.id, kode: k.kode, nama: k.nama })));
    // The same prepared statement answers the other instansi with its own codes.
    expect((await listKlasifikasiPilihan(await actorFor(other.kepala.id))).map((k) => k.kode)).toEqual(['000.2']);
  });
});
