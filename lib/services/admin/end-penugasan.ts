import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { opdOwnedScope } from '@/lib/authz/scope';
import type { EndPenugasanInput } from '@/lib/domain/admin/schemas';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { endSessions } from '@/lib/services/auth/end-sessions';
import { dbDay, isoDay, lockJabatan } from './scoped-loaders';

/** Ends an assignment on a given day (inclusive); history is kept, never deleted. */
export async function endPenugasan(actor: Actor, input: EndPenugasanInput): Promise<void> {
  assertCan(actor, 'pegawai.manage');
  const row = await prisma.penugasanJabatan.findFirst({ where: { id: input.penugasanId, jabatan: opdOwnedScope(actor, 'pegawai.manage') }, include: { jabatan: { include: { opd: { select: { instansiId: true } } } } } });
  if (!row) throw new NotFoundError('Penugasan tidak ditemukan atau di luar kewenangan Anda.');
  assertCan(actor, 'pegawai.manage', { opdId: row.jabatan.opdId });
  if (input.selesai < isoDay(row.mulai)) throw new DomainError('Tanggal selesai tidak boleh sebelum tanggal mulai.', { selesai: ['Tanggal selesai tidak boleh sebelum tanggal mulai.'] });
  if (row.selesai && input.selesai > isoDay(row.selesai)) throw new DomainError('Penugasan hanya dapat dipersingkat di sini.', { selesai: ['Penugasan hanya dapat dipersingkat.'] });
  await prisma.$transaction(async (tx) => {
    await lockJabatan(tx, row.jabatanId);
    await tx.penugasanJabatan.update({ where: { id: row.id }, data: { selesai: dbDay(input.selesai) } });
    await endSessions(tx, [row.pegawaiId], 'PENUGASAN_BERUBAH');
    await recordAudit(tx, actor, { instansiId: row.jabatan.opd.instansiId, opdId: row.jabatan.opdId, action: 'penugasan.end', entityType: 'PenugasanJabatan', entityId: row.id, before: { selesai: row.selesai ? isoDay(row.selesai) : null }, after: { selesai: input.selesai } });
  });
}
