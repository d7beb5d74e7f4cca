import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { canMove } from '@/lib/domain/disposisi/status';
import type { TindakLanjutInput } from '@/lib/domain/disposisi/tindak-lanjut-schema';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { notify } from '@/lib/services/notifikasi/notify';
import { stageUpload, type StagedBerkas } from '@/lib/services/berkas/stage-upload';

type ReportInput = Omit<TindakLanjutInput, 'lampiran'> & { lampiran?: File[] };

const NOT_YOURS = 'Disposisi tidak ditemukan atau bukan untuk jabatan Anda.';

/**
 * A recipient reports follow-up on a disposisi to their post (a note and files), optionally closing
 * it as done. Files are stored only after the disposisi is found to be the actor's, and removed
 * again if the report is refused inside the transaction.
 */
export async function reportTindakLanjut(actor: Actor, input: ReportInput, now = new Date()): Promise<void> {
  assertCan(actor, 'disposisi.receive');
  const jabatanId = actor.activePost!.jabatanId;
  const own = await prisma.penerimaDisposisi.count({ where: { id: input.penerimaDisposisiId, jabatanId } });
  if (!own) throw new NotFoundError(NOT_YOURS);

  const staged: StagedBerkas[] = [];
  try {
    for (const file of input.lampiran ?? []) {
      staged.push(await stageUpload(file, { prefix: 'tindak-lanjut', field: 'lampiran', imagesToPdf: false }));
    }
    await saveReport(actor, input, staged, now);
  } catch (error) {
    await Promise.all(staged.map((s) => s.discard()));
    throw error;
  }
}

function saveReport(actor: Actor, input: ReportInput, staged: StagedBerkas[], now: Date) {
  return prisma.$transaction(async (tx) => {
    const penerima = await tx.penerimaDisposisi.findFirst({
      where: { id: input.penerimaDisposisiId, jabatanId: actor.activePost!.jabatanId },
      select: { id: true, status: true, disposisi: { select: { naskah: { select: { opdId: true, opd: { select: { instansiId: true } } } } } } },
    });
    if (!penerima) throw new NotFoundError(NOT_YOURS);
    // Opening the letter marks it read; a report on an unread one counts as reading it too.
    const from = penerima.status === 'BELUM_DIBACA' ? 'DIBACA' : penerima.status;
    const to = input.selesai ? 'SELESAI' : 'DITINDAKLANJUTI';
    if (!canMove(from, to)) {
      throw new DomainError(penerima.status === 'SELESAI' ? 'Disposisi ini sudah selesai.' : 'Disposisi ini sudah ditarik oleh pemberinya.');
    }
    const tindakLanjut = await tx.tindakLanjut.create({
      data: {
        penerimaDisposisiId: penerima.id,
        pegawaiId: actor.pegawaiId,
        catatan: input.catatan,
        selesai: input.selesai,
        createdAt: now,
        berkas: {
          create: staged.map((s) => ({ jenis: 'TINDAK_LANJUT' as const, storageKey: s.storageKey, namaFile: s.namaFile, mime: s.mime, ukuran: s.ukuran, sha256: s.sha256, diunggahOlehId: actor.pegawaiId })),
        },
      },
      select: { id: true },
    });
    await tx.penerimaDisposisi.update({
      where: { id: penerima.id },
      data: { status: to, selesaiAt: input.selesai ? now : null, readAt: penerima.status === 'BELUM_DIBACA' ? now : undefined },
    });
    await recordAudit(tx, actor, {
      instansiId: penerima.disposisi.naskah.opd.instansiId,
      opdId: penerima.disposisi.naskah.opdId,
      action: input.selesai ? 'disposisi.complete' : 'disposisi.followUp',
      entityType: 'PenerimaDisposisi',
      entityId: penerima.id,
      after: { status: to, tindakLanjutId: tindakLanjut.id, berkas: staged.map((s) => s.sha256) },
    });
    await notify(tx, { jenis: 'TINDAK_LANJUT_DILAPORKAN', penerimaDisposisiId: penerima.id }, { now, actorPegawaiId: actor.pegawaiId });
  });
}
