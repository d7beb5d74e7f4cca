// Which OPDs, units and posts a report covers, after checking the actor may read them. Every report
// query filters on these ids, so a guessed OPD or unit outside the actor's reach finds nothing.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { ForbiddenError } from '@/lib/domain/errors';
import { laporanOpdIds } from '@/lib/domain/laporan/akses';
import type { LaporanFilter } from '@/lib/domain/laporan/periode';
import type { Pilihan } from '@/lib/domain/laporan/types';

export const LAPORAN_DITOLAK = 'Laporan hanya dapat dibuka oleh pimpinan OPD dan admin.';

export interface JabatanLaporan {
  id: string;
  nama: string;
  opdId: string;
  opdNama: string;
  unitId: string;
  unitNama: string;
}

export interface Cakupan {
  opdIds: string[];
  opd: Pilihan | null;
  unit: Pilihan | null;
  opdPilihan: Pilihan[];
  unitPilihan: Pilihan[];
  /** Posts the figures cover (every post of the OPDs, or those of the unit and its sub-units). */
  jabatan: Map<string, JabatanLaporan>;
  /** Set when a unit narrows the report; null = every post of opdIds. */
  jabatanIds: string[] | null;
}

export async function resolveCakupan(actor: Actor, filter: Pick<LaporanFilter, 'opdId' | 'unitId'>): Promise<Cakupan> {
  const allowed = laporanOpdIds(actor);
  if (allowed !== 'ALL' && allowed.length === 0) throw new ForbiddenError(LAPORAN_DITOLAK);
  const opdPilihan = await prisma.opd.findMany({
    where: { instansiId: actor.instansiId, ...(allowed === 'ALL' ? {} : { id: { in: allowed } }) },
    select: { id: true, nama: true },
    orderBy: { nama: 'asc' },
  });
  const chosenId = filter.opdId ?? (allowed !== 'ALL' && opdPilihan.length === 1 ? opdPilihan[0]!.id : null);
  const opd = chosenId ? opdPilihan.find((o) => o.id === chosenId) : null;
  if (chosenId && !opd) throw new ForbiddenError();
  const opdIds = opd ? [opd.id] : opdPilihan.map((o) => o.id);

  const units = opd ? await prisma.unitKerja.findMany({ where: { opdId: opd.id }, select: { id: true, nama: true, parentId: true }, orderBy: [{ urutan: 'asc' }, { nama: 'asc' }] }) : [];
  const unit = filter.unitId ? units.find((u) => u.id === filter.unitId) : null;
  if (filter.unitId && !unit) throw new ForbiddenError();

  const rows = await prisma.jabatan.findMany({
    where: { opdId: { in: opdIds } },
    select: { id: true, nama: true, opdId: true, unitKerjaId: true, opd: { select: { nama: true } }, unitKerja: { select: { nama: true } } },
  });
  const jabatan = new Map(rows.map((j) => [j.id, { id: j.id, nama: j.nama, opdId: j.opdId, opdNama: j.opd.nama, unitId: j.unitKerjaId, unitNama: j.unitKerja.nama }]));

  let jabatanIds: string[] | null = null;
  if (unit) {
    const inside = new Set([unit.id]);
    // Units come parent-first often but not always: repeat until no unit joins.
    for (let grown = true; grown; ) {
      grown = false;
      for (const u of units) {
        if (u.parentId && inside.has(u.parentId) && !inside.has(u.id)) {
          inside.add(u.id);
          grown = true;
        }
      }
    }
    jabatanIds = rows.filter((j) => inside.has(j.unitKerjaId)).map((j) => j.id);
    for (const id of [...jabatan.keys()]) if (!jabatanIds.includes(id)) jabatan.delete(id);
  }

  return {
    opdIds,
    opd: opd ?? null,
    unit: unit ? { id: unit.id, nama: unit.nama } : null,
    opdPilihan,
    unitPilihan: units.map((u) => ({ id: u.id, nama: u.nama })),
    jabatan,
    jabatanIds,
  };
}
