import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { berlakuPadaFilter, calendarDay, effectiveHoldersOf, sebutanPemegang, type Penugasan } from '@/lib/domain/jabatan/acting';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { nestTree } from '@/lib/domain/organisasi/tree';
import { getOpdInScopeOrThrow, isoDay } from './scoped-loaders';

/**
 * The unit kerja and jabatan trees of one OPD with today's holders. Three queries whatever the
 * size, so an OPD with 500 jabatan renders as fast as one with five.
 */
export async function getOrganisasiTree(actor: Actor, opdId: string, now = new Date()) {
  assertCan(actor, 'admin.view');
  const opd = await getOpdInScopeOrThrow(actor, opdId);
  const today = calendarDay(now);
  const [units, jabatan, penugasan] = await Promise.all([
    prisma.unitKerja.findMany({ where: { opdId: opd.id }, orderBy: [{ urutan: 'asc' }, { kode: 'asc' }], select: { id: true, parentId: true, kode: true, nama: true, jenis: true, aktif: true } }),
    prisma.jabatan.findMany({
      where: { opdId: opd.id },
      orderBy: [{ urutan: 'asc' }, { kode: 'asc' }],
      select: { id: true, parentId: true, unitKerjaId: true, kode: true, nama: true, namaSingkat: true, jenis: true, level: true, aktif: true, isPimpinanOpd: true },
    }),
    prisma.penugasanJabatan.findMany({
      where: { jabatan: { opdId: opd.id }, ...berlakuPadaFilter(today) },
      select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, aktif: true } } },
    }),
  ]);
  const pegawaiOf = new Map(penugasan.map((p) => [p.pegawaiId, p.pegawai]));
  const byJabatan = new Map<string, Penugasan[]>();
  for (const p of penugasan) {
    const row: Penugasan = { pegawaiId: p.pegawaiId, jabatanId: p.jabatanId, jenis: p.jenis, mulai: isoDay(p.mulai), selesai: p.selesai ? isoDay(p.selesai) : null };
    byJabatan.set(p.jabatanId, [...(byJabatan.get(p.jabatanId) ?? []), row]);
  }
  const jabatanRows = jabatan.map((j) => ({
    ...j,
    pemangku: effectiveHoldersOf(byJabatan.get(j.id) ?? [], j.id, today).map((h) => {
      const pegawai = pegawaiOf.get(h.pegawaiId)!;
      return sebutanPemegang(h.jenis, namaLengkap(pegawai), pegawai.aktif);
    }),
  }));
  return {
    opd: { id: opd.id, nama: opd.nama, singkatan: opd.singkatan },
    unitTree: nestTree(units),
    jabatanTree: nestTree(jabatanRows),
    units,
    jabatan: jabatanRows.map(({ id, nama, kode, aktif, parentId }) => ({ id, nama, kode, aktif, parentId })),
  };
}
