// Two OPDs of one instansi, each with a unit, a pimpinan post held by a pegawai, an instruction
// and a PENCATAT grant; an admin OPD for the first one and an admin instansi.
import { prisma } from '@/lib/db';
import { actorFor } from '../support/actors';
import { createOpd, createPegawai, createWorld, grantRole } from '../support/factories';

export async function createAdminWorld() {
  const world = await createWorld();
  const { instansi, opd } = world;
  const other = await createOpd(instansi.id);
  const otherUnit = await prisma.unitKerja.create({ data: { opdId: other.id, kode: 'UB', nama: 'Unit B', jenis: 'BIDANG' } });
  const otherJabatan = await prisma.jabatan.create({ data: { opdId: other.id, unitKerjaId: otherUnit.id, kode: 'JB', nama: 'Kepala B', namaSingkat: 'KB', jenis: 'STRUKTURAL', level: 1, isPimpinanOpd: true } });
  const otherPegawai = await createPegawai(instansi.id, other.id);
  const otherPenugasan = await prisma.penugasanJabatan.create({ data: { pegawaiId: otherPegawai.id, jabatanId: otherJabatan.id, jenis: 'DEFINITIF', mulai: new Date('2020-01-01') } });
  const otherInstruksi = await prisma.instruksiDisposisi.create({ data: { opdId: other.id, teks: 'Untuk diketahui' } });
  const otherGrant = await grantRole(instansi.id, otherPegawai.id, 'PENCATAT', other.id);

  const adminOpdPegawai = await createPegawai(instansi.id, opd.id);
  await grantRole(instansi.id, adminOpdPegawai.id, 'ADMIN_OPD', opd.id);
  const adminInstansiPegawai = await createPegawai(instansi.id, opd.id);
  await grantRole(instansi.id, adminInstansiPegawai.id, 'ADMIN_INSTANSI', null);
  const unit = await prisma.unitKerja.findFirstOrThrow({ where: { opdId: opd.id } });
  return {
    ...world,
    unit,
    other: { opd: other, unit: otherUnit, jabatan: otherJabatan, pegawai: otherPegawai, penugasan: otherPenugasan, instruksi: otherInstruksi, grant: otherGrant },
    adminOpd: await actorFor(adminOpdPegawai.id),
    adminOpdPegawai,
    adminInstansi: await actorFor(adminInstansiPegawai.id),
    staff: await actorFor(world.kepala.id),
  };
}
