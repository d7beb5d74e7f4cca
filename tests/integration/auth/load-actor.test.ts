import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { loadActor } from '@/lib/services/auth/load-actor';
import { chooseActivePost } from '@/lib/services/auth/choose-active-post';
import { ForbiddenError } from '@/lib/domain/errors';
import { assign, createJabatan, createPegawai, createWorld, grantRole } from '../support/factories';

const at = (day: string) => new Date(`${day}T05:00:00Z`); // noon WIB

describe('loadActor', () => {
  it('gives a Plt. both posts during the acting period, own post first', async () => {
    const { instansi, opd, kepalaJabatan } = await createWorld();
    const kabid = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2, nama: 'Kepala Bidang Uji' });
    const sekretaris = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2, nama: 'Sekretaris Uji' });
    const budi = await createPegawai(instansi.id, opd.id);
    await assign(budi.id, sekretaris.id, 'DEFINITIF', '2020-01-01');
    await assign(budi.id, kabid.id, 'PLT', '2026-11-01', '2026-12-31');

    const during = await loadActor(budi.id, { now: at('2026-11-23') });
    expect(during?.posts.map((p) => [p.nama, p.penugasan])).toEqual([
      ['Sekretaris Uji', 'DEFINITIF'],
      ['Kepala Bidang Uji', 'PLT'],
    ]);
    expect(during?.activePost?.jabatanId).toBe(sekretaris.id);

    const acting = await loadActor(budi.id, { now: at('2026-11-23'), preferredJabatanId: kabid.id });
    expect(acting?.activePost?.jabatanId).toBe(kabid.id);

    const after = await loadActor(budi.id, { now: at('2027-01-01'), preferredJabatanId: kabid.id });
    expect(after?.posts.map((p) => p.jabatanId)).toEqual([sekretaris.id]);
    expect(after?.activePost?.jabatanId).toBe(sekretaris.id); // a stale cookie cannot keep an ended Plt.
  });

  it('ignores a preferred post the person does not hold', async () => {
    const { kepala, kepalaJabatan } = await createWorld();
    const other = await createWorld();
    const actor = await loadActor(kepala.id, { preferredJabatanId: other.kepalaJabatan.id });
    expect(actor?.activePost?.jabatanId).toBe(kepalaJabatan.id);
    expect(() => chooseActivePost(actor!, other.kepalaJabatan.id)).toThrow(ForbiddenError);
  });

  it('returns nothing for an inactive pegawai and carries role grants', async () => {
    const { instansi, opd, kepala } = await createWorld();
    await grantRole(instansi.id, kepala.id, 'ADMIN_OPD', opd.id);
    expect((await loadActor(kepala.id))?.roles).toEqual([{ role: 'ADMIN_OPD', opdId: opd.id }]);
    await prisma.pegawai.update({ where: { id: kepala.id }, data: { aktif: false } });
    expect(await loadActor(kepala.id)).toBeNull();
  });

  it('carries the person and each post whole, and leaves out a deactivated jabatan and a post not begun', async () => {
    const { instansi, opd, kepalaJabatan, kepala } = await createWorld();
    await prisma.pegawai.update({ where: { id: kepala.id }, data: { gelarDepan: 'Dr.', gelarBelakang: 'M.Si.' } });
    const closed = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2, nama: 'Bidang Dihapus' });
    const later = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2, nama: 'Bidang Nanti' });
    await assign(kepala.id, closed.id, 'PLH', '2026-11-01', '2026-12-31');
    await assign(kepala.id, later.id, 'PLT', '2026-11-24', '2026-12-31');
    await prisma.jabatan.update({ where: { id: closed.id }, data: { aktif: false } });

    const actor = await loadActor(kepala.id, { now: at('2026-11-23') });
    expect(actor).toMatchObject({ pegawaiId: kepala.id, instansiId: instansi.id, opdId: opd.id, nip: kepala.nip, roles: [] });
    expect(actor?.nama).toBe(`Dr. ${kepala.nama}, M.Si.`);
    expect(actor?.posts).toEqual([
      {
        jabatanId: kepalaJabatan.id,
        opdId: opd.id,
        opdNama: opd.nama,
        nama: kepalaJabatan.nama,
        namaSingkat: kepalaJabatan.namaSingkat,
        jenisJabatan: kepalaJabatan.jenis,
        level: 1,
        isPimpinanOpd: true,
        parentId: null,
        dapatMewakiliAtasan: kepalaJabatan.dapatMewakiliAtasan,
        penugasan: 'DEFINITIF',
      },
    ]);
    // The Plt. begins the next day in WIB (Asia/Jakarta), while it is still the 23rd in UTC.
    const nextMorning = await loadActor(kepala.id, { now: new Date('2026-11-23T17:30:00Z') });
    expect(nextMorning?.posts.map((p) => p.nama)).toEqual([kepalaJabatan.nama, 'Bidang Nanti']);
  });

  it('keeps a session to the millisecond of its absolute end, and never another person\'s', async () => {
    const { kepala, instansi, opd } = await createWorld();
    const other = await createPegawai(instansi.id, opd.id);
    const end = new Date('2026-11-23T05:00:00.250Z');
    const sesi = await prisma.sesi.create({ data: { pegawaiId: kepala.id, kedaluwarsa: end } });
    expect((await loadActor(kepala.id, { sesiId: sesi.id, now: new Date(end.getTime() - 1) }))?.pegawaiId).toBe(kepala.id);
    expect(await loadActor(kepala.id, { sesiId: sesi.id, now: end })).toBeNull();
    expect(await loadActor(other.id, { sesiId: sesi.id, now: new Date(end.getTime() - 1) })).toBeNull();
    await prisma.sesi.update({ where: { id: sesi.id }, data: { berakhirPada: new Date('2026-11-23T04:00:00Z') } });
    expect(await loadActor(kepala.id, { sesiId: sesi.id, now: new Date(end.getTime() - 1) })).toBeNull();
  });
});
