import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { opdOwnedScope } from '@/lib/authz/scope';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { belumDimulaiSejak } from '@/lib/domain/organisasi/penugasan-rules';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { isoDay, lockJabatan } from './scoped-loaders';

/**
 * Withdraws an assignment that has not started yet (a Plh. entered by mistake): it never took
 * effect, so nothing was done under it and it is removed; the audit log keeps what it was. "Akhiri"
 * cannot: its last day may not come before the first, so such a Plh. could only be cut to one day,
 * on which the person still acted in the post. One that has started is ended, never removed.
 */
export async function batalkanPenugasan(actor: Actor, input: { penugasanId: string }, now = new Date()): Promise<void> {
  assertCan(actor, 'pegawai.manage');
  const row = await prisma.penugasanJabatan.findFirst({ where: { id: input.penugasanId, jabatan: opdOwnedScope(actor, 'pegawai.manage') }, include: { jabatan: { include: { opd: { select: { instansiId: true } } } } } });
  if (!row) throw new NotFoundError('Penugasan tidak ditemukan atau di luar kewenangan Anda.');
  assertCan(actor, 'pegawai.manage', { opdId: row.jabatan.opdId });
  await prisma.$transaction(async (tx) => {
    await lockJabatan(tx, row.jabatanId);
    // Checked under the lock, against today: one that started meanwhile is ended instead.
    const deleted = await tx.penugasanJabatan.deleteMany({ where: { id: row.id, ...belumDimulaiSejak(calendarDay(now)) } });
    if (deleted.count === 0) throw new DomainError('Penugasan ini sudah dimulai; akhiri penugasannya, jangan dibatalkan.');
    await recordAudit(tx, actor, {
      instansiId: row.jabatan.opd.instansiId,
      opdId: row.jabatan.opdId,
      action: 'penugasan.cancel',
      entityType: 'PenugasanJabatan',
      entityId: row.id,
      before: { pegawaiId: row.pegawaiId, jabatanId: row.jabatanId, jenis: row.jenis, mulai: isoDay(row.mulai), selesai: row.selesai ? isoDay(row.selesai) : null },
    });
  });
}
