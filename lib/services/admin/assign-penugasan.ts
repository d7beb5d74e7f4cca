import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { PenugasanInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { checkPenugasan } from '@/lib/domain/organisasi/penugasan-rules';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { endSessions } from '@/lib/services/auth/end-sessions';
import { notify } from '@/lib/services/notifikasi/notify';
import { dbDay, getJabatanInScopeOrThrow, getPegawaiInScopeOrThrow, isoDay, lockJabatan, lockPegawai } from './scoped-loaders';

/** Puts a pegawai in a post as definitif, Plt. or Plh.; the rules are checked under row locks. */
export async function assignPenugasan(actor: Actor, input: PenugasanInput): Promise<{ penugasanId: string }> {
  const jabatan = await getJabatanInScopeOrThrow(actor, input.jabatanId);
  const pegawai = await getPegawaiInScopeOrThrow(actor, input.pegawaiId);
  assertCan(actor, 'pegawai.manage', { opdId: jabatan.opdId });
  if (!jabatan.aktif) throw new DomainError('Jabatan ini sudah nonaktif.', { jabatanId: ['Jabatan ini sudah nonaktif.'] });
  if (!pegawai.aktif) throw new DomainError('Pegawai ini nonaktif.', { pegawaiId: ['Pegawai ini nonaktif.'] });

  return prisma.$transaction(async (tx) => {
    // Lock in a fixed order (post, then person) so concurrent assignments cannot deadlock.
    await lockJabatan(tx, jabatan.id);
    await lockPegawai(tx, pegawai.id);
    const rows = await tx.penugasanJabatan.findMany({ where: { OR: [{ jabatanId: jabatan.id }, { pegawaiId: pegawai.id }] } });
    const existing = rows.map((r) => ({ pegawaiId: r.pegawaiId, jabatanId: r.jabatanId, jenis: r.jenis, mulai: isoDay(r.mulai), selesai: r.selesai ? isoDay(r.selesai) : null }));
    const check = checkPenugasan(existing, { pegawaiId: pegawai.id, jabatanId: jabatan.id, jenis: input.jenis, mulai: input.mulai, selesai: input.selesai, alasan: input.alasan });
    if (!check.ok) throw new DomainError(check.message, { [check.field]: [check.message] });
    const created = await tx.penugasanJabatan.create({
      data: { pegawaiId: pegawai.id, jabatanId: jabatan.id, jenis: input.jenis, mulai: dbDay(input.mulai), selesai: input.selesai ? dbDay(input.selesai) : null, alasan: input.alasan, nomorSk: input.nomorSk, dibuatOlehId: actor.pegawaiId },
      select: { id: true },
    });
    await endSessions(tx, [pegawai.id], 'PENUGASAN_BERUBAH');
    await recordAudit(tx, actor, { instansiId: jabatan.opd.instansiId, opdId: jabatan.opdId, action: 'penugasan.assign', entityType: 'PenugasanJabatan', entityId: created.id, after: { ...input } });
    await notify(tx, { jenis: 'PENUGASAN_PELAKSANA', penugasanId: created.id });
    return { penugasanId: created.id };
  });
}
