// Instansi, OPD, unit kerja and jabatan, upserted on their natural keys in parent-first order.
import { INSTANSI, OPD, opdEmail, opdWebsite } from '../data/instansi';
import type { Rencana } from '../rencana';
import { ambil, kunci, type OrganisasiIds, type Tx } from './types';

export async function upsertOrganisasi(tx: Tx, rencana: Rencana): Promise<OrganisasiIds> {
  const instansi = await tx.instansi.upsert({
    where: { kode: INSTANSI.kode },
    create: { ...INSTANSI },
    update: { nama: INSTANSI.nama, ibuKota: INSTANSI.ibuKota },
  });

  const opdId = new Map<string, string>();
  for (const o of OPD) {
    const data = {
      nama: o.nama,
      singkatan: o.singkatan,
      alamat: o.alamat,
      kota: INSTANSI.ibuKota,
      kodePos: o.kodePos,
      telepon: o.telepon,
      email: opdEmail(o),
      website: opdWebsite(o),
    };
    const row = await tx.opd.upsert({
      where: { instansiId_kode: { instansiId: instansi.id, kode: o.kode } },
      create: { instansiId: instansi.id, kode: o.kode, ...data },
      update: data,
    });
    opdId.set(o.kode, row.id);
  }

  const unitId = new Map<string, string>();
  for (const u of rencana.unit) {
    const opd = ambil(opdId, u.opd);
    const data = {
      nama: u.nama,
      jenis: u.jenis,
      urutan: u.urutan,
      parentId: u.parentKode ? ambil(unitId, kunci(u.opd, u.parentKode)) : null,
    };
    const row = await tx.unitKerja.upsert({
      where: { opdId_kode: { opdId: opd, kode: u.kode } },
      create: { opdId: opd, kode: u.kode, ...data },
      update: data,
    });
    unitId.set(kunci(u.opd, u.kode), row.id);
  }

  const jabatanId = new Map<string, string>();
  for (const j of rencana.jabatan) {
    const opd = ambil(opdId, j.opd);
    const data = {
      unitKerjaId: ambil(unitId, kunci(j.opd, j.unitKode)),
      parentId: j.parentKode ? ambil(jabatanId, kunci(j.opd, j.parentKode)) : null,
      nama: j.nama,
      namaSingkat: j.namaSingkat,
      jenis: j.jenis,
      level: j.level,
      eselon: j.eselon,
      isPimpinanOpd: j.isPimpinanOpd,
      dapatMewakiliAtasan: j.dapatMewakiliAtasan,
      urutan: j.urutan,
    };
    const row = await tx.jabatan.upsert({
      where: { opdId_kode: { opdId: opd, kode: j.kode } },
      create: { opdId: opd, kode: j.kode, ...data },
      update: data,
    });
    jabatanId.set(kunci(j.opd, j.kode), row.id);
  }

  return { instansiId: instansi.id, opdId, jabatanId };
}
