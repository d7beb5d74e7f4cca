import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { assignPenugasan } from '@/lib/services/admin/assign-penugasan';
import { endPenugasan } from '@/lib/services/admin/end-penugasan';
import { batalkanPenugasan } from '@/lib/services/admin/batalkan-penugasan';
import { NotFoundError } from '@/lib/domain/errors';
import { loadActor } from '@/lib/services/auth/load-actor';
import { createJabatan, createPegawai } from '../support/factories';
import { createAdminWorld } from './admin-world';

describe('assignments', () => {
  it('names a Plt. of a vacant post, who then acts in it; a second overlapping Plt. is refused', async () => {
    const w = await createAdminWorld();
    const vacant = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2 });
    const plt = await createPegawai(w.instansi.id, w.opd.id);
    const other = await createPegawai(w.instansi.id, w.opd.id);
    const base = { jabatanId: vacant.id, jenis: 'PLT' as const, alasan: 'Pejabat pensiun', nomorSk: null };
    await assignPenugasan(w.adminOpd, { ...base, pegawaiId: plt.id, mulai: '2026-01-01', selesai: '2026-12-31' });
    await expect(assignPenugasan(w.adminOpd, { ...base, pegawaiId: other.id, mulai: '2026-06-01', selesai: '2027-01-31' })).rejects.toMatchObject({ fieldErrors: { mulai: [expect.stringContaining('Plt.')] } });
    await expect(assignPenugasan(w.adminOpd, { ...base, pegawaiId: other.id, jenis: 'DEFINITIF', mulai: '2026-03-01', selesai: null })).rejects.toThrow('Plt.');
    expect(await prisma.penugasanJabatan.count({ where: { jabatanId: vacant.id } })).toBe(1);

    const actor = await loadActor(plt.id, { now: new Date('2026-05-05T03:00:00Z') });
    expect(actor!.posts.map((p) => [p.jabatanId, p.penugasan])).toEqual([[vacant.id, 'PLT']]);
  });

  it('refuses a second definitif holder and a Plh. of a vacant post; ends an assignment', async () => {
    const w = await createAdminWorld();
    const someone = await createPegawai(w.instansi.id, w.opd.id);
    await expect(assignPenugasan(w.adminOpd, { pegawaiId: someone.id, jabatanId: w.kepalaJabatan.id, jenis: 'DEFINITIF', mulai: '2025-01-01', selesai: null, alasan: null, nomorSk: null })).rejects.toThrow('definitif');
    await assignPenugasan(w.adminOpd, { pegawaiId: someone.id, jabatanId: w.kepalaJabatan.id, jenis: 'PLH', mulai: '2025-01-01', selesai: '2025-01-10', alasan: 'Kepala cuti', nomorSk: null });
    const vacant = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2 });
    await expect(assignPenugasan(w.adminOpd, { pegawaiId: someone.id, jabatanId: vacant.id, jenis: 'PLH', mulai: '2025-02-01', selesai: '2025-02-10', alasan: 'x', nomorSk: null })).rejects.toThrow('Plt.');

    const held = await prisma.penugasanJabatan.findFirstOrThrow({ where: { jabatanId: w.kepalaJabatan.id, jenis: 'DEFINITIF' } });
    await expect(endPenugasan(w.adminOpd, { penugasanId: held.id, selesai: '2019-01-01' })).rejects.toThrow('sebelum');
    await endPenugasan(w.adminOpd, { penugasanId: held.id, selesai: '2025-12-31' });
    await assignPenugasan(w.adminOpd, { pegawaiId: someone.id, jabatanId: w.kepalaJabatan.id, jenis: 'DEFINITIF', mulai: '2026-01-01', selesai: null, alasan: null, nomorSk: null });
  });

  it('cancels an assignment that has not started (a Plh. entered by mistake), never one that has, nor another OPD\'s', async () => {
    const w = await createAdminWorld();
    const someone = await createPegawai(w.instansi.id, w.opd.id);
    const base = { pegawaiId: someone.id, jabatanId: w.kepalaJabatan.id, jenis: 'PLH' as const, alasan: 'Kepala cuti', nomorSk: null };
    await assignPenugasan(w.adminOpd, { ...base, mulai: '2030-03-01', selesai: '2030-03-10' });
    const keliru = await prisma.penugasanJabatan.findFirstOrThrow({ where: { pegawaiId: someone.id, mulai: new Date('2030-03-01') } });
    await expect(batalkanPenugasan(w.adminOpd, { penugasanId: w.other.penugasan.id })).rejects.toBeInstanceOf(NotFoundError);
    await batalkanPenugasan(w.adminOpd, { penugasanId: keliru.id }, new Date('2030-02-28T03:00:00Z'));
    expect(await prisma.penugasanJabatan.count({ where: { id: keliru.id } })).toBe(0);
    expect(await prisma.auditLog.findFirst({ where: { entityId: keliru.id, action: 'penugasan.cancel' }, select: { before: true } })).toMatchObject({ before: { jenis: 'PLH', mulai: '2030-03-01', selesai: '2030-03-10' } });

    // Started (its first day is today): ended, not removed.
    await assignPenugasan(w.adminOpd, { ...base, mulai: '2030-04-01', selesai: '2030-04-10' });
    const mulai = await prisma.penugasanJabatan.findFirstOrThrow({ where: { pegawaiId: someone.id, mulai: new Date('2030-04-01') } });
    await expect(batalkanPenugasan(w.adminOpd, { penugasanId: mulai.id }, new Date('2030-04-01T03:00:00Z'))).rejects.toThrow('sudah dimulai');
    expect(await prisma.penugasanJabatan.count({ where: { id: mulai.id } })).toBe(1);
  });

  it('lets only one of two concurrent overlapping Plt. through', async () => {
    const w = await createAdminWorld();
    const vacant = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2 });
    const [a, b] = await Promise.all([createPegawai(w.instansi.id, w.opd.id), createPegawai(w.instansi.id, w.opd.id)]);
    const results = await Promise.allSettled(
      [a, b].map((p) => assignPenugasan(w.adminOpd, { pegawaiId: p.id, jabatanId: vacant.id, jenis: 'PLT', mulai: '2026-01-01', selesai: '2026-02-01', alasan: 'Kosong', nomorSk: null })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});
