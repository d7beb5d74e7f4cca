import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';
import { naskahVisibleScope, registerScope } from '@/lib/authz/scope';
import { listKlasifikasiUntukDaftar } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';

/**
 * What the registration form offers: posts of the OPD (pimpinan first), klasifikasi arsip (null: too
 * many for a select, so typed), earlier senders.
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
    prisma.naskah.findMany({
      // Senders of letters the actor may open only: a secret letter's sender is not a suggestion.
      where: { AND: [registerScope(actor), naskahVisibleScope(actor), { pengirimNama: { not: null } }] },
      distinct: ['pengirimNama'],
      orderBy: { pengirimNama: 'asc' },
      take: 200,
      select: { pengirimNama: true },
    }),
  ]);
  return { jabatan, klasifikasi, pengirim: pengirim.map((p) => p.pengirimNama!) };
}
