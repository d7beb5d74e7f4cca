// What the disposisi form offers a pejabat, whole: the posts below with today's holder (definitif
// before Plt. before Plh., ended and future posts left out), the latest recipients first, the OPD's
// active instructions in their order, and only this post's presets.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { disposisiOptionsSql, listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { actorFor } from '../support/actors';
import { assign, createDisposisiWorld, createJabatan, createPegawai, deliverLetter } from '../support/factories';

const day = (offset: number) => calendarDay(new Date(Date.now() + offset * 86_400_000));

describe('listDisposisiOptions', () => {
  it("names each post's holder of today, puts the latest recipients first and keeps the OPD's active instructions in order", async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);

    // A vacant bidang led by a Plt. (and a Plh. for today, who yields to the Plt.), one whose Plt. ended, one whose Plt. starts tomorrow.
    const vacant = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Kosong' });
    const plt = await createPegawai(w.instansi.id, w.opd.id);
    const plh = await createPegawai(w.instansi.id, w.opd.id);
    await prisma.pegawai.update({ where: { id: plt.id }, data: { gelarDepan: 'Ir.', gelarBelakang: 'M.T.' } });
    await assign(plh.id, vacant.id, 'PLH', day(-1), day(1));
    await assign(plt.id, vacant.id, 'PLT', day(-30), day(30));
    const ended = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Selesai' });
    await assign(plt.id, ended.id, 'PLT', day(-30), day(-1));
    const future = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Nanti' });
    await assign(plh.id, future.id, 'PLT', day(1), null);
    const closed = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Ditutup' });
    await prisma.jabatan.update({ where: { id: closed.id }, data: { aktif: false } });

    // The instructions: one retired, one put first.
    const [first, second] = (await prisma.instruksiDisposisi.findMany({ where: { opdId: w.opd.id }, orderBy: { urutan: 'asc' } })).map((i) => i.teks);
    await prisma.instruksiDisposisi.update({ where: { opdId_teks: { opdId: w.opd.id, teks: first! } }, data: { aktif: false } });
    await prisma.instruksiDisposisi.create({ data: { opdId: w.opd.id, teks: 'Paling depan', urutan: -1 } });

    // Two disposisi: to kabid2 first, then to the vacant bidang: the latest comes first.
    for (const penerima of [[w.kabid2.jabatan.id], [vacant.id]]) {
      const { naskahId } = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat untuk disposisi' });
      await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId, penerima, instruksi: [second] }));
    }

    const options = await listDisposisiOptions(kepala);
    const byId = new Map(options.recipients.map((r) => [r.jabatanId, r]));
    expect(byId.get(vacant.id)?.pemegang).toBe(`Plt. Ir. ${plt.nama}, M.T.`);
    expect(byId.get(ended.id)?.pemegang).toBeNull();
    expect(byId.get(future.id)?.pemegang).toBeNull();
    expect(byId.has(closed.id)).toBe(false);
    expect(byId.get(w.kabid.jabatan.id)).toMatchObject({ nama: w.kabid.jabatan.nama, namaSingkat: w.kabid.jabatan.namaSingkat, level: 2, pemegang: w.kabid.pegawai.nama, induk: null });
    // A post further down names the post above it (staff titles repeat in every seksi).
    const stafAtas = await prisma.jabatan.findUniqueOrThrow({ where: { id: w.staf.jabatan.parentId! } });
    expect(stafAtas.id).not.toBe(w.kepalaJabatan.id);
    expect(byId.get(w.staf.jabatan.id)?.induk).toBe(stafAtas.namaSingkat);
    expect(options.quickRecipientIds.slice(0, 2)).toEqual([vacant.id, w.kabid2.jabatan.id]);
    expect(options.instruksi[0]).toBe('Paling depan');
    expect(options.instruksi).not.toContain(first);
    expect(options.instruksi).toContain(second);
    expect(options.presets).toEqual([]);
  });

  // A server process keeps an OPD's tree and reads it again only when StrukturVersi has grown
  // (migration struktur_versi): a jabatan, a penugasan or a holder's name changed.
  it('shows a change of the structure on the next opening, the tree being kept until then', async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);
    const before = await listDisposisiOptions(kepala);
    expect(before.recipients.find((r) => r.jabatanId === w.kabid.jabatan.id)?.pemegang).toBe(w.kabid.pegawai.nama);

    await prisma.pegawai.update({ where: { id: w.kabid.pegawai.id }, data: { gelarDepan: 'Dr.' } });
    const vacant = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Bidang Baru' });
    let after = await listDisposisiOptions(kepala);
    expect(after.recipients.find((r) => r.jabatanId === w.kabid.jabatan.id)?.pemegang).toBe(`Dr. ${w.kabid.pegawai.nama}`);
    expect(after.recipients.find((r) => r.jabatanId === vacant.id)?.pemegang).toBeNull();

    const plh = await createPegawai(w.instansi.id, w.opd.id);
    await assign(plh.id, vacant.id, 'PLH', day(0), day(2));
    after = await listDisposisiOptions(kepala);
    expect(after.recipients.find((r) => r.jabatanId === vacant.id)?.pemegang).toBe(`Plh. ${plh.nama}`);
    await prisma.jabatan.update({ where: { id: vacant.id }, data: { aktif: false } });
    after = await listDisposisiOptions(kepala);
    expect(after.recipients.some((r) => r.jabatanId === vacant.id)).toBe(false);
  });

  it('reads the tree only when the version it was kept under is no longer the structure\'s', async () => {
    const w = await createDisposisiWorld();
    const post = (await actorFor(w.kepala.id)).activePost!;
    const baca = async (versi: string | null, db: Pick<typeof prisma, '$queryRaw'> = prisma) =>
      (await db.$queryRaw<{ versi: string; tree: unknown[] | null }[]>(disposisiOptionsSql(post.opdId, post.jabatanId, day(0), versi)))[0]!;

    const first = await baca(null);
    expect(first.tree?.length).toBeGreaterThan(3);
    // Other tests change the structure too: the tree comes back exactly when the version moved.
    let known = first.versi;
    let kept = 0;
    for (let i = 0; i < 10 && kept === 0; i++) {
      const row = await baca(known);
      if (row.versi === known) {
        expect(row.tree).toBeNull();
        kept++;
      } else {
        expect(BigInt(row.versi)).toBeGreaterThan(BigInt(known));
        expect(row.tree).not.toBeNull();
        known = row.versi;
      }
    }
    expect(kept).toBe(1);

    // Inside one transaction that holds the version's row (its first change takes it), so no other
    // test moves it: what changes the tree moves the version once per statement, nothing else does.
    await prisma
      .$transaction(async (tx) => {
        await tx.jabatan.update({ where: { id: w.kabid.jabatan.id }, data: { nama: 'Kepala Bidang Dinamai Ulang' } });
        const held = (await baca(null, tx)).versi;
        expect((await baca(held, tx)).tree).toBeNull();
        // A sign-in, a letter, the OPD's instructions: not the tree.
        await tx.pegawai.update({ where: { id: w.kabid.pegawai.id }, data: { terakhirMasuk: new Date(), gagalMasuk: 0 } });
        await tx.instruksiDisposisi.create({ data: { opdId: w.opd.id, teks: 'Bukan struktur', urutan: 99 } });
        expect((await baca(held, tx)).versi).toBe(held);
        const moves: [string, () => Promise<unknown>][] = [
          ['a holder\'s name', () => tx.pegawai.update({ where: { id: w.kabid.pegawai.id }, data: { gelarBelakang: 'M.Si.' } })],
          ['a penugasan', () => tx.penugasanJabatan.updateMany({ where: { jabatanId: w.kabid.jabatan.id }, data: { selesai: new Date(`${day(-1)}T00:00:00Z`) } })],
          ['a jabatan', () => tx.jabatan.updateMany({ where: { id: w.kabid.jabatan.id }, data: { aktif: false } })],
        ];
        let versi = held;
        for (const [apa, ubah] of moves) {
          await ubah();
          const row = await baca(versi, tx);
          expect({ apa, versi: BigInt(row.versi) }).toEqual({ apa, versi: BigInt(versi) + 1n });
          expect(row.tree).not.toBeNull();
          versi = row.versi;
        }
        const tree = (await baca(null, tx)).tree as { id: string; nama: string; aktif: boolean; pemegang: unknown }[];
        expect(tree.find((j) => j.id === w.kabid.jabatan.id)).toMatchObject({ nama: 'Kepala Bidang Dinamai Ulang', aktif: false, pemegang: null });
        throw new Error('rollback');
      })
      .catch((e: Error) => expect(e.message).toBe('rollback'));
  });
});
