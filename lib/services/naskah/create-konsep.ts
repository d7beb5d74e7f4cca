import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { CreateKonsepInput } from '@/lib/domain/naskah/konsep-schema';
import { emptyKonten } from '@/lib/domain/naskah/konten-fields';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** A new, empty konsep of one jenis, owned by the post the actor acts as; version 1 is the blank. */
export async function createKonsep(actor: Actor, input: CreateKonsepInput): Promise<{ naskahId: string }> {
  assertCan(actor, 'naskah.draft');
  const post = actor.activePost!;
  const konten = emptyKonten(input.jenis);
  return prisma.$transaction(async (tx) => {
    const naskah = await tx.naskah.create({
      data: {
        opdId: post.opdId,
        sumber: 'INTERNAL',
        jenis: input.jenis,
        status: 'KONSEP',
        perihal: '',
        konten: konten as object,
        versiTerakhir: 1,
        pembuatPegawaiId: actor.pegawaiId,
        pembuatJabatanId: post.jabatanId,
        penandatanganJabatanId: post.parentId,
        versi: { create: { versi: 1, perihal: '', konten: konten as object, dibuatOlehPegawaiId: actor.pegawaiId, dibuatOlehJabatanId: post.jabatanId } },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: post.opdId, action: 'naskah.create', entityType: 'Naskah', entityId: naskah.id, after: { jenis: input.jenis } });
    return { naskahId: naskah.id };
  });
}
