import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { PilihanPenugasanQuery } from '@/lib/domain/admin/schemas';
import { literalLike } from '@/lib/domain/input/like';
import { berlakuPadaFilter, calendarDay, sebutanPemegang } from '@/lib/domain/jabatan/acting';
import { cocokNamaAtauNip } from '@/lib/domain/pegawai/cocok-pegawai';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { getOpdInScopeOrThrow } from './scoped-loaders';

/** Choices offered per question: the admin types more to narrow (a Setda has hundreds of each). */
export const PILIHAN_PENUGASAN_MAKS = 20;

export interface PilihanPenugasan {
  id: string;
  /** What the field shows once chosen. */
  label: string;
  /** A second line: a pegawai's NIP and post today, a jabatan's holder today or that it is empty. */
  keterangan: string;
}

/**
 * The "Tugaskan pegawai" form's choices, a question at a time: the OPD's active pegawai by name or
 * NIP (cocokNamaAtauNip), or its active jabatan by name or short name. The form once carried every
 * one of both as select options (Diskominfo with its staff: about 85 KB of the page's 174).
 * Whether the pair may be assigned is checked again when it is saved (assignPenugasan).
 */
export async function cariPilihanPenugasan(actor: Actor, opdId: string, query: PilihanPenugasanQuery): Promise<PilihanPenugasan[]> {
  assertCan(actor, 'pegawai.manage');
  const opd = await getOpdInScopeOrThrow(actor, opdId, 'pegawai.manage');
  const berjalan = berlakuPadaFilter(calendarDay(new Date()));
  if (query.jenis === 'pegawai') {
    const rows = await prisma.pegawai.findMany({
      where: { opdId: opd.id, aktif: true, ...cocokNamaAtauNip(query.q) },
      orderBy: [{ nama: 'asc' }, { id: 'asc' }],
      take: PILIHAN_PENUGASAN_MAKS,
      select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, nip: true, penugasan: { where: berjalan, orderBy: [{ jenis: 'asc' }, { id: 'asc' }], take: 1, select: { jabatan: { select: { nama: true } } } } },
    });
    return rows.map((p) => ({ id: p.id, label: namaLengkap(p), keterangan: `NIP ${formatNip(p.nip)} · ${p.penugasan[0]?.jabatan.nama ?? 'belum memegang jabatan'}` }));
  }
  const pola = { contains: literalLike(query.q), mode: 'insensitive' as const };
  const rows = await prisma.jabatan.findMany({
    where: { opdId: opd.id, aktif: true, OR: [{ nama: pola }, { namaSingkat: pola }] },
    orderBy: [{ level: 'asc' }, { nama: 'asc' }, { id: 'asc' }],
    take: PILIHAN_PENUGASAN_MAKS,
    select: { id: true, nama: true, penugasan: { where: berjalan, orderBy: [{ jenis: 'asc' }, { id: 'asc' }], take: 1, select: { jenis: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, aktif: true } } } } },
  });
  return rows.map((j) => {
    const pemegang = j.penugasan[0];
    return { id: j.id, label: j.nama, keterangan: pemegang ? sebutanPemegang(pemegang.jenis, namaLengkap(pemegang.pegawai), pemegang.pegawai.aktif) : 'Kosong' };
  });
}
