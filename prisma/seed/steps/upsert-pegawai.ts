// Pegawai (by NIP) and their definitif assignment (found or created on pegawai, jabatan, jenis,
// mulai). The password hash is only written when a pegawai is created, so re-runs keep it.
import type { Rencana } from '../rencana';
import { ambil, hari, kunci, type OrganisasiIds, type Tx } from './types';

/** pegawaiId by the post they hold definitively ("BAPPEDA/SEKRETARIS"). */
export type PemegangIds = Map<string, string>;

export async function upsertPegawai(tx: Tx, rencana: Rencana, ids: OrganisasiIds, passwordHash: () => string): Promise<PemegangIds> {
  const pemegangId: PemegangIds = new Map();
  for (const j of rencana.jabatan) {
    const p = j.pemegang;
    if (!p) continue;
    const data = {
      instansiId: ids.instansiId,
      opdId: ambil(ids.opdId, j.opd),
      nama: p.nama,
      gelarDepan: p.gelarDepan,
      gelarBelakang: p.gelarBelakang,
      nik: p.nik,
      golongan: p.golongan,
      email: p.email,
    };
    const existing = await tx.pegawai.findUnique({ where: { nip: p.nip }, select: { id: true } });
    const pegawai = existing
      ? await tx.pegawai.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.pegawai.create({ data: { ...data, nip: p.nip, passwordHash: passwordHash() }, select: { id: true } });

    const jabatanId = ambil(ids.jabatanId, kunci(j.opd, j.kode));
    const penugasan = { pegawaiId: pegawai.id, jabatanId, jenis: 'DEFINITIF' as const, mulai: hari(p.mulaiJabatan) };
    if (!(await tx.penugasanJabatan.findFirst({ where: penugasan, select: { id: true } }))) {
      await tx.penugasanJabatan.create({ data: penugasan });
    }
    pemegangId.set(kunci(j.opd, j.kode), pegawai.id);
  }
  return pemegangId;
}
