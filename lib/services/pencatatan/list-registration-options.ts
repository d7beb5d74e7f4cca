import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';
import { listPengirimTerakhir } from './list-pengirim-terakhir';
import { listKlasifikasiUntukDaftar } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';

/**
 * What the registration form offers: posts of the OPD (pimpinan first), klasifikasi arsip (null: too
 * many for a select, so typed), the senders of the register's newest letters.
 */
export async function listRegistrationOptions(actor: Actor) {
  assertCan(actor, 'suratMasuk.register');
  const opds = opdIdsWithRole(actor, 'suratMasuk.register');
  const opdIds = opds === 'ALL' ? [] : opds;
  const [jabatan, klasifikasi, pengirim] = await Promise.all([
    prisma.jabatan.findMany({
      where: { opdId: { in: opdIds }, aktif: true, jenis: 'STRUKTURAL' },
      orderBy: [{ isPimpinanOpd: 'desc' }, { level: 'asc' }, { urutan: 'asc' }, { nama: 'asc' }],
      select: { id: true, nama: true, isPimpinanOpd: true },
    }),
    listKlasifikasiUntukDaftar(actor.instansiId),
    listPengirimTerakhir(actor),
  ]);
  return { jabatan, klasifikasi, pengirim };
}
