// The search page's kode klasifikasi filter: suggestions from the active codes of the actor's own
// instansi as the person types, and the filter by kode.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { KLASIFIKASI_PILIHAN_MAX, klasifikasiDikenal, listKlasifikasiPilihan } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';
import { actorFor } from '../support/actors';
import { createWorld, deliverLetter } from '../support/factories';

describe('listKlasifikasiPilihan', () => {
  it("suggests the instansi's active codes by the start of their kode or a word of their name, never a retired one or another instansi's", async () => {
    const w = await createWorld();
    const other = await createWorld();
    const add = (instansiId: string, kode: string, nama: string, aktif = true) => prisma.klasifikasiArsip.create({ data: { instansiId, kode, nama, aktif } });
    const pegawai = await add(w.instansi.id, '800', 'Kepegawaian');
    const formasi = await add(w.instansi.id, '800.1', 'Formasi Pegawai');
    const umum = await add(w.instansi.id, '000', 'Umum');
    const tata = await add(w.instansi.id, '000.1', 'Ketatausahaan');
    await add(w.instansi.id, '005', 'Undangan (lama)', false);
    await add(other.instansi.id, '000.2', 'Milik pemda lain');
    await add(other.instansi.id, '900', 'Kepegawaian pemda lain');
    const kepala = await actorFor(w.kepala.id);
    const kode = async (teks?: string) => (await listKlasifikasiPilihan(kepala, teks)).map((k) => k.kode);
    // Without text, the main codes; with it, a kode's start or a word of the name, case ignored.
    expect(await listKlasifikasiPilihan(kepala)).toEqual([umum, pegawai].map((k) => ({ id: k.id, kode: k.kode, nama: k.nama })));
    expect(await kode('800')).toEqual([pegawai.kode, formasi.kode]);
    expect(await kode('000.')).toEqual([tata.kode]);
    expect(await kode('PEGAWAI')).toEqual([pegawai.kode, formasi.kode]);
    expect(await kode('undangan')).toEqual([]);
    // LIKE's wildcards are letters here.
    expect(await kode('%')).toEqual([]);
    expect(await kode('_00')).toEqual([]);
    expect(await kode('00')).toEqual([umum.kode, tata.kode]);
    // The other instansi gets its own codes only.
    expect((await listKlasifikasiPilihan(await actorFor(other.kepala.id), 'pegawai')).map((k) => k.kode)).toEqual(['900']);
    expect(await klasifikasiDikenal(kepala, '800.1')).toBe(true);
    // A retired code is not suggested, but is still known: letters stay filed under it.
    expect(await klasifikasiDikenal(kepala, '005')).toBe(true);
    expect(await klasifikasiDikenal(kepala, '005.9')).toBe(false);
    expect(await klasifikasiDikenal(kepala, '900')).toBe(false);
  });

  it('suggests at most KLASIFIKASI_PILIHAN_MAX codes of a long list, in kode order', async () => {
    const w = await createWorld();
    await prisma.klasifikasiArsip.createMany({ data: Array.from({ length: 600 }, (_, i) => ({ instansiId: w.instansi.id, kode: `400.${i + 1}`, nama: `Kode ${i + 1}` })) });
    const kepala = await actorFor(w.kepala.id);
    const semua = await listKlasifikasiPilihan(kepala, '400.');
    expect(semua).toHaveLength(KLASIFIKASI_PILIHAN_MAX);
    expect(semua.map((k) => k.kode)).toEqual([...semua.map((k) => k.kode)].sort());
    // The 600th code, past where the page's old list of 500 stopped, is reached by typing it.
    expect((await listKlasifikasiPilihan(kepala, '400.600')).map((k) => k.kode)).toEqual(['400.600']);
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
