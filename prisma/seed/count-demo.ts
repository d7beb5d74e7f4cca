import type { PrismaClient } from '@/lib/generated/prisma/client';

export type DemoCounts = Awaited<ReturnType<typeof countDemo>>;

/** Row counts of everything the demo seed writes for one instansi (for the summary and the test). */
export async function countDemo(prisma: PrismaClient, instansiId: string) {
  const diOpd = { opd: { instansiId } };
  const [opd, unitKerja, jabatan, pegawai, penugasan, roleGrant, klasifikasi, instruksi, templatePenomoran] = await Promise.all([
    prisma.opd.count({ where: { instansiId } }),
    prisma.unitKerja.count({ where: diOpd }),
    prisma.jabatan.count({ where: diOpd }),
    prisma.pegawai.count({ where: { instansiId } }),
    prisma.penugasanJabatan.count({ where: { pegawai: { instansiId } } }),
    prisma.roleGrant.count({ where: { instansiId } }),
    prisma.klasifikasiArsip.count({ where: { instansiId } }),
    prisma.instruksiDisposisi.count({ where: diOpd }),
    prisma.templatePenomoran.count({ where: diOpd }),
  ]);
  return { opd, unitKerja, jabatan, pegawai, penugasan, roleGrant, klasifikasi, instruksi, templatePenomoran };
}
