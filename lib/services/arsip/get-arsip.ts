import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';
import { arsipScope, unitPengolahOf } from './arsip-scope';

/** One record with its retention, folder, disposisi history and audit trail, for the record page. */
export async function getArsip(actor: Actor, arsipId: string) {
  assertCan(actor, 'arsip.read');
  const a = await prisma.arsip.findFirst({
    where: { AND: [{ id: arsipId }, arsipScope(actor, await unitPengolahOf(actor))] },
    select: {
      id: true,
      status: true,
      tanggal: true,
      aktifSampai: true,
      inaktifSampai: true,
      keterangan: true,
      buktiBerlakuSampai: true,
      buktiDiperbaruiPada: true,
      buktiGagalAlasan: true,
      buktiPeriksaLagiPada: true,
      berkasDihapusPada: true,
      berkasArsip: { select: { id: true, judul: true } },
      unitKerja: { select: { nama: true } },
      klasifikasiArsip: { select: { kode: true, nama: true } },
      naskah: {
        select: {
          id: true,
          nomor: true,
          perihal: true,
          sumber: true,
          jenis: true,
          pengirimNama: true,
          nomorAgenda: true,
          tahunAgenda: true,
          berkasUtamaId: true,
          disposisi: {
            orderBy: { createdAt: 'asc' },
            select: { id: true, createdAt: true, instruksi: true, catatan: true, ditarikAt: true, dariJabatan: { select: { nama: true } }, penerima: { select: { jabatan: { select: { nama: true } }, status: true, tindakLanjut: { select: { catatan: true, createdAt: true } } } } },
          },
        },
      },
      penyusutan: { select: { penyusutan: { select: { id: true, jenis: true, status: true } } } },
    },
  });
  if (!a) throw new NotFoundError('Arsip tidak ditemukan.');
  const audit = await prisma.auditLog.findMany({
    where: { OR: [{ entityType: 'Naskah', entityId: a.naskah.id }, { entityType: 'Arsip', entityId: a.id }] },
    orderBy: { id: 'asc' },
    take: 200,
    select: { id: true, action: true, createdAt: true, actorJabatan: { select: { nama: true } } },
  });
  return { ...a, audit };
}
