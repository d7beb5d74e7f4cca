import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { decodeCsv } from '@/lib/domain/admin/decode-csv';
import { planJra } from '@/lib/domain/arsip/jra-csv';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { recomputeRetensi } from './recompute-retensi';

/**
 * Imports the pemda's Jadwal Retensi Arsip (kode,retensi_aktif,retensi_inaktif,keterangan) onto
 * existing kode klasifikasi, all or nothing. A dry run checks every row and writes nothing. Entries
 * replace the previous ones, and the records already filed under those codes get new dates.
 */
export async function importJraCsv(actor: Actor, input: { bytes: Uint8Array; dryRun: boolean }): Promise<{ ok: boolean; errors: string[]; count: number; arsipDiperbarui: number }> {
  assertCan(actor, 'masterData.manage');
  const decoded = decodeCsv(input.bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.message], count: 0, arsipDiperbarui: 0 };
  const known = await prisma.klasifikasiArsip.findMany({ where: { instansiId: actor.instansiId }, select: { id: true, kode: true } });
  const idByKode = new Map(known.map((k) => [k.kode, k.id]));
  const plan = planJra(decoded.rows, new Set(idByKode.keys()));
  if (plan.errors.length) return { ok: false, errors: plan.errors, count: 0, arsipDiperbarui: 0 };
  if (input.dryRun) return { ok: true, errors: [], count: plan.rows.length, arsipDiperbarui: 0 };

  const arsipDiperbarui = await prisma.$transaction(
    async (tx) => {
      for (const r of plan.rows) {
        await tx.klasifikasiArsip.update({ where: { id: idByKode.get(r.kode)! }, data: { retensiAktif: r.retensiAktif, retensiInaktif: r.retensiInaktif, keteranganRetensi: r.keterangan } });
      }
      const n = await recomputeRetensi(tx, plan.rows.map((r) => idByKode.get(r.kode)!));
      await recordAudit(tx, actor, { instansiId: actor.instansiId, action: 'jra.import', entityType: 'KlasifikasiArsip', entityId: 'impor-jra', after: { jumlah: plan.rows.length, arsipDiperbarui: n } });
      return n;
    },
    { timeout: 60_000 },
  );
  return { ok: true, errors: [], count: plan.rows.length, arsipDiperbarui };
}
