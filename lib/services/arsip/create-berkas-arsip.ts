import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { CreateBerkasArsipInput } from '@/lib/domain/arsip/schemas';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { unitPengolahOf } from './arsip-scope';

/** A new folder of the actor's unit pengolah, for grouping records by matter rather than by code. */
export async function createBerkasArsip(actor: Actor, input: CreateBerkasArsipInput, now = new Date()): Promise<{ berkasArsipId: string }> {
  assertCan(actor, 'arsip.read');
  const unitKerjaId = await unitPengolahOf(actor);
  if (!unitKerjaId || !actor.activePost) throw new ForbiddenError('Berkas dibuat oleh unit pengolah; pilih jabatan Anda dulu.');
  if (input.klasifikasiArsipId && !(await prisma.klasifikasiArsip.count({ where: { id: input.klasifikasiArsipId, instansiId: actor.instansiId } }))) {
    throw new DomainError('Klasifikasi arsip tidak dikenal.', { klasifikasiArsipId: ['Klasifikasi arsip tidak dikenal.'] });
  }
  return prisma.$transaction(async (tx) => {
    const berkas = await tx.berkasArsip.create({
      data: { opdId: actor.activePost!.opdId, unitKerjaId, klasifikasiArsipId: input.klasifikasiArsipId, judul: input.judul, tahun: Number(calendarDay(now).slice(0, 4)) },
      select: { id: true },
    });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: actor.activePost!.opdId, action: 'berkasArsip.create', entityType: 'BerkasArsip', entityId: berkas.id, after: { judul: input.judul } });
    return { berkasArsipId: berkas.id };
  });
}
