import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, can } from '@/lib/authz/policy';
import { opdScope } from '@/lib/authz/scope';
import { getPegawaiInScopeOrThrow, isoDay } from './scoped-loaders';

/** One pegawai for the edit page: fields, roles, assignments, and the OPDs a role may name. */
export async function getPegawaiDetail(actor: Actor, pegawaiId: string) {
  assertCan(actor, 'pegawai.manage');
  const pegawai = await getPegawaiInScopeOrThrow(actor, pegawaiId);
  const [roles, penugasan, opds] = await Promise.all([
    prisma.roleGrant.findMany({ where: { pegawaiId: pegawai.id }, select: { id: true, role: true, opd: { select: { singkatan: true } } } }),
    prisma.penugasanJabatan.findMany({ where: { pegawaiId: pegawai.id }, orderBy: { mulai: 'desc' }, select: { id: true, jenis: true, mulai: true, selesai: true, alasan: true, jabatan: { select: { nama: true } } } }),
    prisma.opd.findMany({ where: opdScope(actor, 'role.grant'), orderBy: { nama: 'asc' }, select: { id: true, singkatan: true, nama: true } }),
  ]);
  const { passwordHash, ...fields } = pegawai;
  return {
    pegawai: { ...fields, belumAdaKataSandi: passwordHash.startsWith('!') },
    roles: roles.map((r) => ({ id: r.id, role: r.role, opd: r.opd?.singkatan ?? null })),
    penugasan: penugasan.map((p) => ({ id: p.id, jenis: p.jenis, mulai: isoDay(p.mulai), selesai: p.selesai ? isoDay(p.selesai) : null, alasan: p.alasan, jabatan: p.jabatan.nama })),
    opds,
    canGrantAdminInstansi: can(actor, 'role.grant.adminInstansi'),
  };
}
