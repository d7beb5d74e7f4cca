// Role grants (admin instansi, admin OPD, pencatat). Found before created: the unique index on
// (pegawaiId, role, opdId) does not stop duplicates when opdId is null (NULLs are distinct).
import { PERAN } from '../data/peran';
import type { PemegangIds } from './upsert-pegawai';
import { ambil, kunci, type OrganisasiIds, type Tx } from './types';

export async function ensurePeran(tx: Tx, ids: OrganisasiIds, pemegang: PemegangIds): Promise<void> {
  for (const { role, opd, jabatan } of PERAN) {
    const grant = {
      instansiId: ids.instansiId,
      pegawaiId: ambil(pemegang, kunci(opd, jabatan)),
      role,
      opdId: role === 'ADMIN_INSTANSI' ? null : ambil(ids.opdId, opd),
    };
    if (!(await tx.roleGrant.findFirst({ where: grant, select: { id: true } }))) {
      await tx.roleGrant.create({ data: grant });
    }
  }
}
