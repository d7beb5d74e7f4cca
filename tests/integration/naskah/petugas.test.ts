import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { editAsVerifikator } from '@/lib/services/naskah/edit-as-verifikator';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { PETUGAS_SEARCH_LIMIT, searchPegawaiPetugas } from '@/lib/services/naskah/search-pegawai-petugas';
import { actorFor } from '../support/actors';
import { assign, createInstansi, createJabatan, createOpd, createPegawai } from '../support/factories';
import { createDraftingWorld, saveInput } from './drafting-world';

const token = () => `Petugas${randomUUID().slice(0, 8)}`;

/** A pegawai whose name carries `nama` (so a search finds exactly the ones a test made). */
async function pegawaiNamed(instansiId: string, opdId: string, nama: string, opts: { aktif?: boolean; golongan?: string; gelarBelakang?: string; jabatanId?: string } = {}) {
  const p = await createPegawai(instansiId, opdId, { aktif: opts.aktif });
  await prisma.pegawai.update({ where: { id: p.id }, data: { nama, golongan: opts.golongan ?? null, gelarBelakang: opts.gelarBelakang ?? null } });
  if (opts.jabatanId) await assign(p.id, opts.jabatanId, 'DEFINITIF', '2020-01-01');
  return p;
}

async function searchWorld() {
  const w = await createDraftingWorld();
  const t = token();
  const opd2 = await createOpd(w.instansi.id);
  const analis = await createJabatan(opd2.id, { level: 3, jenis: 'FUNGSIONAL', nama: 'Analis Data Ahli Muda' });
  const prakom = await createJabatan(w.opd.id, { parentId: w.kasi.jabatan.id, level: 4, jenis: 'FUNGSIONAL', nama: 'Pranata Komputer Ahli Pertama' });
  const lain = await createInstansi();
  const lainOpd = await createOpd(lain.id);
  const own = await pegawaiNamed(w.instansi.id, w.opd.id, `Zaki ${t}`, { golongan: 'III/a', gelarBelakang: 'S.Kom.', jabatanId: prakom.id });
  const other = await pegawaiNamed(w.instansi.id, opd2.id, `Ani ${t}`, { golongan: 'III/b', jabatanId: analis.id });
  const inactive = await pegawaiNamed(w.instansi.id, w.opd.id, `Budi ${t}`, { aktif: false });
  const foreign = await pegawaiNamed(lain.id, lainOpd.id, `Citra ${t}`);
  const [staf, tanpaJabatan] = await Promise.all([actorFor(w.staf.pegawai.id), createPegawai(w.instansi.id, w.opd.id).then((p) => actorFor(p.id))]);
  return { ...w, t, opd2, own, other, inactive, foreign, stafActor: staf, tanpaJabatan };
}

describe('searchPegawaiPetugas', () => {
  it('finds active pegawai of the instansi, own OPD first, with the printed row and nothing else', async () => {
    const s = await searchWorld();
    const hits = await searchPegawaiPetugas(s.stafActor, { q: s.t.toLowerCase() });
    expect(hits.map((h) => h.pegawaiId)).toEqual([s.own.id, s.other.id]);
    expect(hits[0]).toEqual({
      pegawaiId: s.own.id,
      petugas: { pegawaiId: s.own.id, nama: `Zaki ${s.t}, S.Kom.`, nip: s.own.nip, pangkat: 'Penata Muda (III/a)', jabatan: 'Pranata Komputer Ahli Pertama' },
      opdNama: s.opd.nama,
      opdSendiri: true,
    });
    expect(hits[1]).toMatchObject({ opdSendiri: false, opdNama: s.opd2.nama, petugas: { jabatan: `Analis Data Ahli Muda pada ${s.opd2.nama}`, pangkat: 'Penata Muda Tingkat I (III/b)' } });
    const json = JSON.stringify(hits);
    for (const secret of [s.own.nik, s.own.email!, s.own.passwordHash, 'passwordHash', 'nik', 'email']) expect(json).not.toContain(secret);
    // Every word of the name counts, in any order.
    expect((await searchPegawaiPetugas(s.stafActor, { q: `${s.t} ani` })).map((h) => h.pegawaiId)).toEqual([s.other.id]);
  });

  it('finds by the start of the NIP, still only inside the instansi', async () => {
    const s = await searchWorld();
    const hits = await searchPegawaiPetugas(s.stafActor, { q: s.other.nip });
    expect(hits.map((h) => h.pegawaiId)).toEqual([s.other.id]);
    // As printed (formatNip), pasted from a letter: the same NIP, not a name of four words.
    expect((await searchPegawaiPetugas(s.stafActor, { q: formatNip(s.other.nip) })).map((h) => h.pegawaiId)).toEqual([s.other.id]);
    expect(await searchPegawaiPetugas(s.stafActor, { q: s.foreign.nip })).toEqual([]);
    expect(await searchPegawaiPetugas(s.stafActor, { q: s.inactive.nip })).toEqual([]);
  });

  it(`returns at most ${PETUGAS_SEARCH_LIMIT}, filling from other OPDs after the own OPD`, async () => {
    const s = await searchWorld();
    const t = token();
    for (let i = 0; i < 4; i++) await pegawaiNamed(s.instansi.id, s.opd.id, `A${i} ${t}`);
    for (let i = 0; i < 9; i++) await pegawaiNamed(s.instansi.id, s.opd2.id, `A${i} ${t}`);
    const hits = await searchPegawaiPetugas(s.stafActor, { q: t });
    expect(hits).toHaveLength(PETUGAS_SEARCH_LIMIT);
    expect(hits.map((h) => h.opdSendiri)).toEqual([true, true, true, true, false, false, false, false, false, false]);
  });

  it('refuses an actor who holds no post, and a search that is too short', async () => {
    const s = await searchWorld();
    await expect(searchPegawaiPetugas(s.tanpaJabatan, { q: s.t })).rejects.toThrow(ForbiddenError);
    await expect(searchPegawaiPetugas(s.stafActor, { q: ' a ' })).rejects.toThrow('Ketik paling sedikit 2 huruf');
    await expect(searchPegawaiPetugas(s.stafActor, { q: 42 })).rejects.toThrow(DomainError);
  });
});

describe('saving petugas that name a pegawai', () => {
  const konten = (petugas: unknown[]) => ({ dasar: ['Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023'], petugas, untuk: ['Melaksanakan bimbingan teknis.'] });

  it('keeps pegawai of the instansi (any OPD) and manual rows in the order given', async () => {
    const s = await searchWorld();
    const { naskahId } = await createKonsep(s.stafActor, { jenis: 'SURAT_TUGAS' });
    const [own, other] = (await searchPegawaiPetugas(s.stafActor, { q: s.t })).map((h) => h.petugas);
    const manual = { nama: 'Drs. Yohanes Lake', pangkat: 'Pembina (IV/a)', jabatan: 'Kepala Bidang pada Kementerian Uji' };
    const saved = await saveKonsep(s.stafActor, saveInput(naskahId, s, { konten: konten([other, manual, own]), tujuan: [] }));
    expect(saved.lengkap).toBe(true);
    const row = await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { konten: true } });
    expect((row.konten as { petugas: { nama: string }[] }).petugas.map((p) => p.nama)).toEqual([other!.nama, manual.nama, own!.nama]);
  });

  it.each([
    ['a pegawai of another instansi', (s: Awaited<ReturnType<typeof searchWorld>>) => s.foreign.id],
    ['an id that is no pegawai', () => randomUUID()],
    ['an id that is not a uuid', () => 'bukan-id'],
  ])('refuses %s and saves nothing', async (_, idOf) => {
    const s = await searchWorld();
    const { naskahId } = await createKonsep(s.stafActor, { jenis: 'SURAT_TUGAS' });
    const before = await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { konten: true, perihal: true, updatedAt: true } });
    const forged = { pegawaiId: idOf(s), nama: 'Orang Palsu', nip: s.foreign.nip, jabatan: 'Staf' };
    const attempt = saveKonsep(s.stafActor, saveInput(naskahId, s, { konten: konten([forged]), tujuan: [] }));
    await expect(attempt).rejects.toThrow('Ada petugas yang tidak dikenal sebagai pegawai instansi ini');
    await attempt.catch((e: DomainError) => expect(Object.keys(e.fieldErrors ?? {})).toEqual(['petugas']));
    expect(await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { konten: true, perihal: true, updatedAt: true } })).toEqual(before);
    expect(await prisma.versiNaskah.count({ where: { naskahId } })).toBe(1);
  });

  it('refuses the same forgery from a verifikator editing the naskah', async () => {
    const s = await searchWorld();
    const { naskahId } = await createKonsep(s.stafActor, { jenis: 'SURAT_TUGAS' });
    const [own] = (await searchPegawaiPetugas(s.stafActor, { q: s.t })).map((h) => h.petugas);
    await saveKonsep(s.stafActor, saveInput(naskahId, s, { konten: konten([own]) }));
    await submitForReview(s.stafActor, { naskahId, verifikator: [s.kasi.jabatan.id, s.kabid.jabatan.id] });
    const kasi = await actorFor(s.kasi.pegawai.id);
    const forged = { ...own!, pegawaiId: s.foreign.id };
    await expect(editAsVerifikator(kasi, { naskahId, perihal: 'Diubah', konten: konten([forged]) })).rejects.toThrow('Ada petugas yang tidak dikenal');
    const row = await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { perihal: true, konten: true } });
    expect(row.perihal).not.toBe('Diubah');
    expect((row.konten as { petugas: { pegawaiId: string }[] }).petugas.map((p) => p.pegawaiId)).toEqual([s.own.id]);
    // A genuine edit by the verifikator (reorder with a pegawai of another OPD) is accepted.
    const [, other] = (await searchPegawaiPetugas(kasi, { q: s.t })).map((h) => h.petugas);
    await editAsVerifikator(kasi, { naskahId, perihal: 'Diubah', konten: konten([other, own]) });
  });
});
