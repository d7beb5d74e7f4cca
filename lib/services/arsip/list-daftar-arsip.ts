import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { daftarArsipWhere, unitPengolahOf } from './arsip-scope';

/**
 * The Daftar Arsip Aktif of the actor's unit pengolah (or the Daftar Arsip Inaktif kept by the unit
 * kearsipan), folder by folder: each berkas with its records in date order.
 */
export async function listDaftarArsip(actor: Actor, status: 'AKTIF' | 'INAKTIF' = 'AKTIF') {
  assertCan(actor, 'arsip.read');
  const unitKerjaId = await unitPengolahOf(actor);
  const arsip = await prisma.arsip.findMany({
    where: daftarArsipWhere(actor, unitKerjaId, status),
    orderBy: [{ tanggal: 'asc' }, { id: 'asc' }],
    take: 2000,
    select: {
      id: true,
      tanggal: true,
      aktifSampai: true,
      inaktifSampai: true,
      keterangan: true,
      status: true,
      buktiBerlakuSampai: true,
      berkasArsipId: true,
      klasifikasiArsip: { select: { kode: true } },
      naskah: { select: { id: true, nomor: true, perihal: true, sumber: true, jenis: true, pengirimNama: true, klasifikasiKeamanan: true } },
    },
  });
  const berkasIds = [...new Set(arsip.map((a) => a.berkasArsipId))];
  // The unit's empty folders are listed on the Daftar Arsip Aktif only, where records can be moved
  // into them; the Daftar Arsip Inaktif lists what was moved to the unit kearsipan, nothing else.
  const ownEmptyListed = status === 'AKTIF' && unitKerjaId !== null;
  const ownBerkas = ownEmptyListed ? await prisma.berkasArsip.findMany({ where: { unitKerjaId }, select: { id: true } }) : [];
  const berkas = await prisma.berkasArsip.findMany({
    where: { id: { in: [...new Set([...berkasIds, ...ownBerkas.map((b) => b.id)])] } },
    orderBy: [{ tahun: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, judul: true, tahun: true, unitKerjaId: true, unitKerja: { select: { nama: true } }, klasifikasiArsip: { select: { kode: true } } },
  });
  const unit = unitKerjaId ? await prisma.unitKerja.findUnique({ where: { id: unitKerjaId }, select: { id: true, nama: true } }) : null;
  return {
    unit,
    berkas: berkas
      .map((b) => ({ ...b, arsip: arsip.filter((a) => a.berkasArsipId === b.id) }))
      .filter((b) => b.arsip.length > 0 || (ownEmptyListed && b.unitKerjaId === unitKerjaId))
      .map((b, i) => ({ ...b, nomor: i + 1 })),
  };
}
