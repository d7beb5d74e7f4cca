// The search page's kode klasifikasi filter: the active codes of the actor's own instansi, in kode order.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { listKlasifikasiPilihan } from '@/lib/services/cari/list-klasifikasi-pilihan';
import { actorFor } from '../support/actors';
import { createWorld, deliverLetter } from '../support/factories';

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
    expect(pilihan).toEqual([a, c, b].map((k) => ({ kode: k.kode, nama: k.nama })));
    // The same prepared statement answers the other instansi with its own codes.
    expect((await listKlasifikasiPilihan(await actorFor(other.kepala.id))).map((k) => k.kode)).toEqual(['000.2']);
  });

  it('filters by the kode of the actor\'s own instansi, which the URL carries instead of an id', async () => {
    const w = await createWorld();
    const other = await createWorld();
    const kode = (instansiId: string, k: string) => prisma.klasifikasiArsip.create({ data: { instansiId, kode: k, nama: `Kode ${k}` } });
    const [umum, induk, anak, lain] = [await kode(w.instansi.id, '000.1'), await kode(w.instansi.id, '100'), await kode(w.instansi.id, '100.1'), await kode(other.instansi.id, '100')];
    const tag = w.opd.id.slice(0, 8);
    const surat = async (klasifikasiArsipId: string | null) => {
      const d = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: `Arsip Kode${tag}` });
      if (klasifikasiArsipId) await prisma.naskah.update({ where: { id: d.naskahId }, data: { klasifikasiArsipId } });
      return d.naskahId;
    };
    const ids = { umum: await surat(umum.id), induk: await surat(induk.id), anak: await surat(anak.id), tanpa: await surat(null), lain: await surat(lain.id) };
    const kepala = await actorFor(w.kepala.id);
    const cari = async (params: Record<string, string>) => new Set((await cariSurat(kepala, cariFilterSchema.parse(params))).hasil.map((h) => h.id));

    expect(await cari({ q: `kode${tag}` })).toEqual(new Set(Object.values(ids)));
    expect(await cari({ q: `kode${tag}`, klasifikasi: '100' })).toEqual(new Set([ids.induk]));
    expect(await cari({ klasifikasi: '100.1' })).toEqual(new Set([ids.anak]));
    // The other instansi's "100" is another code: its letter (here in our OPD) is not ours to match.
    expect((await cari({ q: `kode${tag}`, klasifikasi: '100' })).has(ids.lain)).toBe(false);
    // A code the instansi has not got matches nothing; a malformed one (an old link's uuid) is dropped.
    expect(await cari({ q: `kode${tag}`, klasifikasi: '999' })).toEqual(new Set());
    expect(cariFilterSchema.parse({ klasifikasi: umum.id }).klasifikasi).toBeUndefined();
    expect(cariFilterSchema.parse({ klasifikasi: "100' OR 1=1" }).klasifikasi).toBeUndefined();
  });
});
