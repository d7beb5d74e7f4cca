import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { getOpdInScopeOrThrow, isoDay } from './scoped-loaders';

/** Every assignment to the posts of one OPD (newest first), plus the choices for a new one. */
export async function listPenugasanOpd(actor: Actor, opdId: string) {
  assertCan(actor, 'pegawai.manage');
  const opd = await getOpdInScopeOrThrow(actor, opdId, 'pegawai.manage');
  const [rows, jabatan, pegawai] = await Promise.all([
    prisma.penugasanJabatan.findMany({
      where: { jabatan: { opdId: opd.id } },
      orderBy: [{ mulai: 'desc' }, { id: 'desc' }],
      take: 500,
      select: { id: true, jenis: true, mulai: true, selesai: true, alasan: true, nomorSk: true, jabatan: { select: { nama: true } }, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, nip: true } } },
    }),
    prisma.jabatan.findMany({ where: { opdId: opd.id, aktif: true }, orderBy: [{ level: 'asc' }, { nama: 'asc' }], select: { id: true, nama: true } }),
    prisma.pegawai.findMany({ where: { opdId: opd.id, aktif: true }, orderBy: { nama: 'asc' }, select: { id: true, nama: true, nip: true } }),
  ]);
  return {
    opd: { id: opd.id, nama: opd.nama },
    penugasan: rows.map((r) => ({ id: r.id, jenis: r.jenis, mulai: isoDay(r.mulai), selesai: r.selesai ? isoDay(r.selesai) : null, alasan: r.alasan, nomorSk: r.nomorSk, jabatan: r.jabatan.nama, pegawai: namaLengkap(r.pegawai), nip: r.pegawai.nip })),
    jabatan,
    pegawai,
  };
}
