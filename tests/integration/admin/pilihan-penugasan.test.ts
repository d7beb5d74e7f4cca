// The "Tugaskan pegawai" form's choices, asked as the admin types: only this OPD's active pegawai
// and jabatan, at most a screenful, each with who holds it or what it holds today.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { pilihanPenugasanSchema } from '@/lib/domain/admin/schemas';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { cariPilihanPenugasan, PILIHAN_PENUGASAN_MAKS } from '@/lib/services/admin/cari-pilihan-penugasan';
import { actorFor } from '../support/actors';
import { assign, createJabatan, createPegawai, createWorld, grantRole } from '../support/factories';

describe('choices of the assign form', () => {
  it('finds this OPD’s active pegawai by name or NIP and its active jabatan with today’s holder', async () => {
    const w = await createWorld();
    const admin = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, admin.id, 'ADMIN_OPD', w.opd.id);
    const actor = await actorFor(admin.id);
    await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { nama: 'Wayan Kepala Uji', gelarDepan: 'Ir.' } });
    // More namesakes than one answer holds.
    for (let i = 0; i < PILIHAN_PENUGASAN_MAKS + 5; i++) {
      const p = await createPegawai(w.instansi.id, w.opd.id);
      await prisma.pegawai.update({ where: { id: p.id }, data: { nama: `Sari Namesake ${String(i).padStart(2, '0')}` } });
    }
    const pensiun = await createPegawai(w.instansi.id, w.opd.id, { aktif: false });
    await prisma.pegawai.update({ where: { id: pensiun.id }, data: { nama: 'Sari Pensiun' } });
    const other = await createWorld();
    await prisma.pegawai.update({ where: { id: other.kepala.id }, data: { nama: 'Sari Dinas Lain' } });

    const sari = await cariPilihanPenugasan(actor, w.opd.id, { jenis: 'pegawai', q: 'sari' });
    expect(sari).toHaveLength(PILIHAN_PENUGASAN_MAKS);
    expect(sari[0]!.label).toBe('Sari Namesake 00');
    expect(sari[0]!.keterangan).toMatch(/· belum memegang jabatan$/);
    expect(sari.map((p) => p.label).join()).not.toMatch(/Pensiun|Dinas Lain/);

    // A NIP as printed (with spaces) or its first digits; the post held today beside it.
    const [kepala] = await cariPilihanPenugasan(actor, w.opd.id, { jenis: 'pegawai', q: formatNip(w.kepala.nip) });
    expect(kepala).toEqual({ id: w.kepala.id, label: 'Ir. Wayan Kepala Uji', keterangan: `NIP ${formatNip(w.kepala.nip)} · Kepala Dinas Uji` });
    expect((await cariPilihanPenugasan(actor, w.opd.id, { jenis: 'pegawai', q: w.kepala.nip.slice(0, 14) })).map((p) => p.id)).toContain(w.kepala.id);
    // A typed % is a letter, not "everyone".
    expect(await cariPilihanPenugasan(actor, w.opd.id, { jenis: 'pegawai', q: '%%' })).toEqual([]);

    // Jabatan by name or short name: held (Plt. shown as such), empty, or closed (not offered).
    const kabid = await createJabatan(w.opd.id, { level: 2, nama: 'Kepala Bidang Layanan Uji' });
    await prisma.jabatan.update({ where: { id: kabid.id }, data: { namaSingkat: 'Kabid LU' } });
    await assign(w.kepala.id, kabid.id, 'PLT', '2020-01-01');
    const kosong = await createJabatan(w.opd.id, { level: 3, nama: 'Kepala Seksi Layanan Uji' });
    const tutup = await createJabatan(w.opd.id, { level: 3, nama: 'Kepala Seksi Layanan Lama' });
    await prisma.jabatan.update({ where: { id: tutup.id }, data: { aktif: false } });
    // Held by someone deactivated since (pensiun), whose assignment nobody ended: not free, and says why.
    const ditinggal = await createJabatan(w.opd.id, { level: 3, nama: 'Kepala Seksi Layanan Ditinggal' });
    await assign(pensiun.id, ditinggal.id, 'DEFINITIF', '2020-01-01');
    await createJabatan(other.opd.id, { level: 2, nama: 'Kepala Bidang Layanan Lain' });
    expect(await cariPilihanPenugasan(actor, w.opd.id, { jenis: 'jabatan', q: 'layanan' })).toEqual([
      { id: kabid.id, label: 'Kepala Bidang Layanan Uji', keterangan: 'Plt. Ir. Wayan Kepala Uji' },
      { id: ditinggal.id, label: 'Kepala Seksi Layanan Ditinggal', keterangan: 'Sari Pensiun (nonaktif, penugasannya belum diakhiri)' },
      { id: kosong.id, label: 'Kepala Seksi Layanan Uji', keterangan: 'Kosong' },
    ]);
    expect((await cariPilihanPenugasan(actor, w.opd.id, { jenis: 'jabatan', q: 'kabid lu' })).map((j) => j.id)).toEqual([kabid.id]);
    const [pimpinan] = await cariPilihanPenugasan(actor, w.opd.id, { jenis: 'jabatan', q: 'kepala dinas' });
    expect(pimpinan).toEqual({ id: w.kepalaJabatan.id, label: 'Kepala Dinas Uji', keterangan: 'Ir. Wayan Kepala Uji' });

    // Another OPD's choices stay closed to this admin.
    await expect(cariPilihanPenugasan(actor, other.opd.id, { jenis: 'pegawai', q: 'sari' })).rejects.toSatisfy((e) => e instanceof ForbiddenError || e instanceof NotFoundError);
  });

  it('asks with a kind it knows and at least two letters', () => {
    expect(pilihanPenugasanSchema.parse({ jenis: 'jabatan', q: '  ka  ' })).toEqual({ jenis: 'jabatan', q: 'ka' });
    const satu = pilihanPenugasanSchema.safeParse({ jenis: 'pegawai', q: 'a' });
    expect(satu.error?.issues.map((i) => i.message)).toEqual(['Ketik paling sedikit 2 huruf.']);
    expect(pilihanPenugasanSchema.safeParse({ jenis: 'opd', q: 'dinas' }).error?.issues.map((i) => i.message)).toEqual(['Jenis pilihan tidak dikenal.']);
    expect(pilihanPenugasanSchema.safeParse({ jenis: 'pegawai', q: 'x'.repeat(101) }).success).toBe(false);
  });
});
