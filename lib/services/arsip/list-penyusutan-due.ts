import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';
import { tahapRetensi, type TahapRetensi } from '@/lib/domain/arsip/retensi';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import type { Prisma } from '@/lib/generated/prisma/client';

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** Records not already on an open list (proposed or approved). */
export const BELUM_DIUSULKAN: Prisma.ArsipWhereInput = { penyusutan: { none: { penyusutan: { status: { in: ['DIUSULKAN', 'DISETUJUI'] } } } } };

/** The OPDs whose penyusutan the actor runs, as an arsip filter. */
export function penyusutanOpdScope(actor: Actor): Prisma.ArsipWhereInput {
  const opds = opdIdsWithRole(actor, 'arsip.penyusutan');
  return opds === 'ALL' ? { naskah: { opd: { instansiId: actor.instansiId } } } : { opdId: { in: opds } };
}

/**
 * What is due on `now`: records to move to the unit kearsipan, to propose for destruction, to hand to
 * the lembaga kearsipan, and to appraise again, each not yet on an open list.
 */
export async function listPenyusutanDue(actor: Actor, now = new Date()) {
  assertCan(actor, 'arsip.penyusutan');
  const today = calendarDay(now);
  const cutoff = new Date(`${today}T00:00:00Z`);
  const rows = await prisma.arsip.findMany({
    where: {
      AND: [
        penyusutanOpdScope(actor),
        BELUM_DIUSULKAN,
        { OR: [{ status: 'AKTIF', aktifSampai: { lt: cutoff } }, { status: { in: ['AKTIF', 'INAKTIF'] }, inaktifSampai: { lt: cutoff } }] },
      ],
    },
    orderBy: [{ tanggal: 'asc' }, { id: 'asc' }],
    take: 5000,
    select: {
      id: true,
      status: true,
      tanggal: true,
      aktifSampai: true,
      inaktifSampai: true,
      keterangan: true,
      klasifikasiArsip: { select: { kode: true } },
      unitKerja: { select: { nama: true } },
      naskah: { select: { perihal: true, nomor: true } },
    },
  });
  const due: Record<Exclude<TahapRetensi, 'AKTIF' | 'TANPA_JRA'>, typeof rows> = { PINDAH: [], USUL_MUSNAH: [], SERAH: [], NILAI_KEMBALI: [] };
  for (const r of rows) {
    const tahap = tahapRetensi({ status: r.status as 'AKTIF' | 'INAKTIF', aktifSampai: day(r.aktifSampai), inaktifSampai: day(r.inaktifSampai), keterangan: r.keterangan }, today);
    if (tahap !== 'AKTIF' && tahap !== 'TANPA_JRA') due[tahap].push(r);
  }
  return due;
}
