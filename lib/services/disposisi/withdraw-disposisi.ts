import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { canWithdraw } from '@/lib/domain/disposisi/status';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { kunciDisposisiDiterima } from '@/lib/domain/notifikasi/event';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** The giver takes a disposisi back while no recipient has opened it. */
export async function withdrawDisposisi(actor: Actor, disposisiId: string): Promise<void> {
  assertCan(actor, 'disposisi.give');
  await prisma.$transaction(async (tx) => {
    const disposisi = await tx.disposisi.findFirst({
      where: { id: disposisiId, dariJabatanId: actor.activePost!.jabatanId, ditarikAt: null },
      select: { id: true, naskahId: true, naskah: { select: { opdId: true, opd: { select: { instansiId: true } } } }, penerima: { select: { status: true } } },
    });
    if (!disposisi) throw new NotFoundError('Disposisi tidak ditemukan, sudah ditarik, atau bukan dari jabatan Anda.');
    if (!canWithdraw(disposisi.penerima.map((p) => p.status))) {
      throw new DomainError('Disposisi tidak dapat ditarik karena sudah dibaca oleh penerima.');
    }
    // Re-checked in the update itself so a recipient opening it at this moment wins.
    const { count } = await tx.penerimaDisposisi.updateMany({ where: { disposisiId, status: 'BELUM_DIBACA' }, data: { status: 'DITARIK' } });
    if (count !== disposisi.penerima.length) throw new DomainError('Disposisi tidak dapat ditarik karena sudah dibaca oleh penerima.');
    await tx.disposisi.update({ where: { id: disposisiId }, data: { ditarikAt: new Date() } });
    // Its recipients' "Disposisi baru" no longer asks them for anything: read, so the bell stops counting it.
    await tx.notifikasi.updateMany({ where: { kunci: kunciDisposisiDiterima(disposisiId), readAt: null }, data: { readAt: new Date() } });
    await recordAudit(tx, actor, {
      instansiId: disposisi.naskah.opd.instansiId,
      opdId: disposisi.naskah.opdId,
      action: 'disposisi.withdraw',
      entityType: 'Disposisi',
      entityId: disposisiId,
    });
  });
}
