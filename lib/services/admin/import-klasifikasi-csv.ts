import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { decodeCsv } from '@/lib/domain/admin/decode-csv';
import { parentKode, planKlasifikasi } from '@/lib/domain/admin/klasifikasi';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** Imports kode klasifikasi arsip (kode,nama) all-or-nothing; existing codes are refused, not overwritten. */
export async function importKlasifikasiCsv(actor: Actor, input: { bytes: Uint8Array; dryRun: boolean }): Promise<{ ok: boolean; errors: string[]; count: number }> {
  assertCan(actor, 'masterData.manage');
  const decoded = decodeCsv(input.bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.message], count: 0 };
  const existing = async (db: Pick<typeof prisma, 'klasifikasiArsip'>) =>
    new Map((await db.klasifikasiArsip.findMany({ where: { instansiId: actor.instansiId }, select: { id: true, kode: true } })).map((k) => [k.kode, k.id]));
  const known = await existing(prisma);
  const plan = planKlasifikasi(decoded.rows, new Set(known.keys()));
  const clashes = plan.rows.filter((r) => known.has(r.kode)).map((r) => `Kode ${r.kode} sudah ada.`);
  if (plan.errors.length || clashes.length) return { ok: false, errors: [...plan.errors, ...clashes], count: plan.rows.length };
  if (input.dryRun) return { ok: true, errors: [], count: plan.rows.length };

  await prisma.$transaction(async (tx) => {
    const ids = await existing(tx);
    if (plan.rows.some((r) => ids.has(r.kode))) throw new DomainError('Sebagian kode baru saja ditambahkan orang lain; periksa ulang berkas.');
    for (const r of plan.rows) ids.set(r.kode, randomUUID());
    // Fewer segments first: a parent ("000.1") is inserted before its children ("000.1.2").
    const rows = [...plan.rows].sort((a, b) => a.kode.split('.').length - b.kode.split('.').length);
    await tx.klasifikasiArsip.createMany({ data: rows.map((r) => ({ id: ids.get(r.kode)!, instansiId: actor.instansiId, kode: r.kode, nama: r.nama, parentId: parentKode(r.kode) ? ids.get(parentKode(r.kode)!)! : null })) });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, action: 'klasifikasi.import', entityType: 'KlasifikasiArsip', entityId: 'impor', after: { jumlah: rows.length } });
  });
  return { ok: true, errors: [], count: plan.rows.length };
}
