import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { naskahVisibleScope } from '@/lib/authz/scope';
import { checkRecipient } from '@/lib/domain/disposisi/tree';
import { endOfDayWib, type GiveDisposisiInput } from '@/lib/domain/disposisi/give-schema';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { notify } from '@/lib/services/notifikasi/notify';
import { findGiverHold } from './find-giver-hold';
import { loadJabatanIndex } from './load-jabatan-index';

/** Disposes a letter the actor's post holds to posts below it; all-or-nothing. */
export async function giveDisposisi(actor: Actor, input: GiveDisposisiInput, now = new Date()): Promise<{ disposisiId: string }> {
  assertCan(actor, 'disposisi.give');
  const post = actor.activePost!;
  const naskah = await prisma.naskah.findFirst({ where: { id: input.naskahId, ...naskahVisibleScope(actor) }, select: { id: true, opdId: true, opd: { select: { instansiId: true } } } });
  if (!naskah) throw new NotFoundError('Surat tidak ditemukan atau Anda tidak berwenang membukanya.');

  if (input.batasWaktu && input.batasWaktu < calendarDay(now)) {
    throw new DomainError('Batas waktu tidak boleh sebelum hari ini.', { batasWaktu: ['Batas waktu tidak boleh sebelum hari ini.'] });
  }
  const index = await loadJabatanIndex(post.opdId);
  const refused = [...new Set(input.penerima)].map((id) => checkRecipient(index, post.jabatanId, id)).find((r) => !r.ok);
  if (refused && !refused.ok) throw new DomainError(refused.message, { penerima: [refused.message] });

  const known = await prisma.instruksiDisposisi.findMany({ where: { opdId: post.opdId, aktif: true, teks: { in: input.instruksi } }, select: { teks: true } });
  if (known.length !== new Set(input.instruksi).size) {
    throw new DomainError('Instruksi tidak ada dalam daftar instruksi OPD.', { instruksi: ['Instruksi tidak ada dalam daftar instruksi OPD.'] });
  }
  const batasWaktu = input.batasWaktu ? endOfDayWib(input.batasWaktu) : null;

  return prisma.$transaction(async (tx) => {
    const hold = await findGiverHold(tx, actor, naskah.id);
    if (!hold) throw new DomainError('Jabatan Anda tidak menerima surat ini, sehingga tidak dapat mendisposisikannya.');
    const disposisi = await tx.disposisi.create({
      data: {
        naskahId: naskah.id,
        deliveryId: hold.deliveryId,
        parentPenerimaId: hold.parentPenerimaId,
        dariJabatanId: post.jabatanId,
        dariPegawaiId: actor.pegawaiId,
        instruksi: [...new Set(input.instruksi)],
        catatan: input.catatan,
        batasWaktu,
        derajatKecepatan: input.derajatKecepatan,
        createdAt: now,
        penerima: {
          create: [...new Set(input.penerima)].map((jabatanId) => ({ jabatanId, dariJabatanId: post.jabatanId, batasWaktu, derajatKecepatan: input.derajatKecepatan, createdAt: now })),
        },
      },
      select: { id: true },
    });
    // Passing the letter on is itself a follow-up of the disposisi the giver received.
    if (hold.parentPenerimaId && hold.parentStatus === 'DIBACA') {
      await tx.penerimaDisposisi.update({ where: { id: hold.parentPenerimaId }, data: { status: 'DITINDAKLANJUTI' } });
    }
    await recordAudit(tx, actor, {
      instansiId: naskah.opd.instansiId,
      opdId: naskah.opdId,
      action: 'disposisi.give',
      entityType: 'Disposisi',
      entityId: disposisi.id,
      after: { naskahId: naskah.id, penerima: input.penerima, instruksi: input.instruksi, batasWaktu: input.batasWaktu },
    });
    await notify(tx, { jenis: 'DISPOSISI_DITERIMA', disposisiId: disposisi.id }, { now, actorPegawaiId: actor.pegawaiId });
    return { disposisiId: disposisi.id };
  });
}
