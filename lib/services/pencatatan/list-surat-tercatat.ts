import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { naskahVisibleScope, registerScope } from '@/lib/authz/scope';

/**
 * Incoming letters registered in the OPDs where the actor is pencatat, newest first. A Rahasia or
 * Sangat Rahasia letter keeps its line in the agenda book (number, date, urgency, class) but its
 * nomor, perihal and pengirim are only read for letters the actor may open: they are never
 * selected for anyone else.
 */
export async function listSuratTercatat(actor: Actor, { take = 50 }: { take?: number } = {}) {
  assertCan(actor, 'suratMasuk.register');
  const rows = await prisma.naskah.findMany({
    where: registerScope(actor),
    orderBy: [{ tahunAgenda: 'desc' }, { nomorAgenda: 'desc' }],
    take,
    select: { id: true, nomorAgenda: true, tahunAgenda: true, tanggalDiterima: true, derajatKecepatan: true, klasifikasiKeamanan: true },
  });
  const details = await prisma.naskah.findMany({
    where: { AND: [{ id: { in: rows.map((r) => r.id) } }, naskahVisibleScope(actor)] },
    // Where it went, so the clerk can answer "who has it?" (no view of the clerk's named it).
    select: { id: true, nomor: true, perihal: true, pengirimNama: true, deliveries: { where: { jenis: 'TUJUAN' }, select: { jabatan: { select: { namaSingkat: true } } } } },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return rows.map((r) => {
    const detail = byId.get(r.id);
    return {
      ...r,
      terbuka: !!detail,
      nomor: detail?.nomor ?? null,
      perihal: detail?.perihal ?? null,
      pengirimNama: detail?.pengirimNama ?? null,
      kepada: detail?.deliveries.map((d) => d.jabatan.namaSingkat) ?? [],
    };
  });
}
