import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { decodeCsv } from '@/lib/domain/admin/decode-csv';
import { parentKode, pesanIndukNonaktif, planKlasifikasi, type KlasifikasiRow } from '@/lib/domain/admin/klasifikasi';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** Imports kode klasifikasi arsip (kode,nama) all-or-nothing; existing codes are refused, not overwritten. */
export async function importKlasifikasiCsv(actor: Actor, input: { bytes: Uint8Array; dryRun: boolean }): Promise<{ ok: boolean; errors: string[]; count: number }> {
  assertCan(actor, 'masterData.manage');
  const decoded = decodeCsv(input.bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.message], count: 0 };
  const existing = async (db: Pick<typeof prisma, 'klasifikasiArsip'>) =>
    new Map((await db.klasifikasiArsip.findMany({ where: { instansiId: actor.instansiId }, select: { id: true, kode: true, aktif: true } })).map((k) => [k.kode, k]));
  // New codes under an existing induk that was retired (createKlasifikasi refuses them one by one).
  const diIndukNonaktif = (ids: Map<string, { aktif: boolean }>, rows: KlasifikasiRow[]) =>
    [...new Set(rows.map((r) => parentKode(r.kode)).filter((k): k is string => k !== null && ids.get(k)?.aktif === false))].map(pesanIndukNonaktif);
  const known = await existing(prisma);
  const plan = planKlasifikasi(decoded.rows, new Set(known.keys()));
  const clashes = plan.rows.filter((r) => known.has(r.kode)).map((r) => `Kode ${r.kode} sudah ada.`);
  const errors = [...plan.errors, ...clashes, ...diIndukNonaktif(known, plan.rows)];
  if (errors.length) return { ok: false, errors, count: plan.rows.length };
  if (input.dryRun) return { ok: true, errors: [], count: plan.rows.length };

  await prisma.$transaction(async (tx) => {
    // As createKlasifikasi: the induk rows FOR SHARE, so a retirement running now waits or is seen.
    await tx.$queryRaw`SELECT id FROM "KlasifikasiArsip" WHERE "instansiId" = ${actor.instansiId}::uuid AND kode = ANY (${plan.rows.map((r) => parentKode(r.kode) ?? '')}::text[]) FOR SHARE`;
    const known = await existing(tx);
    if (plan.rows.some((r) => known.has(r.kode))) throw new DomainError('Sebagian kode baru saja ditambahkan orang lain; periksa ulang berkas.');
    const nonaktif = diIndukNonaktif(known, plan.rows);
    if (nonaktif.length) throw new DomainError(nonaktif.join(' '));
    const ids = new Map([...known].map(([kode, k]) => [kode, k.id]));
    for (const r of plan.rows) ids.set(r.kode, randomUUID());
    // Fewer segments first: a parent ("000.1") is inserted before its children ("000.1.2").
    const rows = [...plan.rows].sort((a, b) => a.kode.split('.').length - b.kode.split('.').length);
    await tx.klasifikasiArsip.createMany({ data: rows.map((r) => ({ id: ids.get(r.kode)!, instansiId: actor.instansiId, kode: r.kode, nama: r.nama, parentId: parentKode(r.kode) ? ids.get(parentKode(r.kode)!)! : null })) });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, action: 'klasifikasi.import', entityType: 'KlasifikasiArsip', entityId: 'impor', after: { jumlah: rows.length } });
  });
  return { ok: true, errors: [], count: plan.rows.length };
}
