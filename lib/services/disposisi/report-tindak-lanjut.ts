import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { canMove } from '@/lib/domain/disposisi/status';
import type { TindakLanjutInput } from '@/lib/domain/disposisi/tindak-lanjut-schema';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** A recipient reports follow-up on a disposisi to their post, optionally closing it as done. */
export async function reportTindakLanjut(actor: Actor, input: TindakLanjutInput, now = new Date()): Promise<void> {
  assertCan(actor, 'disposisi.receive');
  await prisma.$transaction(async (tx) => {
    const penerima = await tx.penerimaDisposisi.findFirst({
      where: { id: input.penerimaDisposisiId, jabatanId: actor.activePost!.jabatanId },
      select: { id: true, status: true, disposisi: { select: { naskah: { select: { opdId: true, opd: { select: { instansiId: true } } } } } } },
    });
    if (!penerima) throw new NotFoundError('Disposisi tidak ditemukan atau bukan untuk jabatan Anda.');
    // Opening the letter marks it read; a report on an unread one counts as reading it too.
    const from = penerima.status === 'BELUM_DIBACA' ? 'DIBACA' : penerima.status;
    const to = input.selesai ? 'SELESAI' : 'DITINDAKLANJUTI';
    if (!canMove(from, to)) {
      throw new DomainError(penerima.status === 'SELESAI' ? 'Disposisi ini sudah selesai.' : 'Disposisi ini sudah ditarik oleh pemberinya.');
    }
    await tx.tindakLanjut.create({ data: { penerimaDisposisiId: penerima.id, pegawaiId: actor.pegawaiId, catatan: input.catatan, selesai: input.selesai } });
    await tx.penerimaDisposisi.update({
      where: { id: penerima.id },
      data: { status: to, selesaiAt: input.selesai ? now : null, readAt: penerima.status === 'BELUM_DIBACA' ? now : undefined },
    });
    await recordAudit(tx, actor, {
      instansiId: penerima.disposisi.naskah.opd.instansiId,
      opdId: penerima.disposisi.naskah.opdId,
      action: input.selesai ? 'disposisi.done' : 'disposisi.followUp',
      entityType: 'PenerimaDisposisi',
      entityId: penerima.id,
      after: { status: to },
    });
  });
}
