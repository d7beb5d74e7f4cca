import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { checkRecipient } from '@/lib/domain/disposisi/tree';
import { MAX_PRESET_PER_JABATAN, type SavePresetInput } from '@/lib/domain/disposisi/preset-schema';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { loadJabatanIndex } from './load-jabatan-index';

/**
 * Saves a disposisi preset for the post the actor acts as (the post keeps it when its holder
 * changes). The same tree rules as giving a disposisi apply, so a preset can never send upward.
 */
export async function savePresetDisposisi(actor: Actor, input: SavePresetInput): Promise<{ presetId: string }> {
  assertCan(actor, 'disposisi.give');
  const post = actor.activePost!;
  const index = await loadJabatanIndex(post.opdId);
  const refused = [...new Set(input.penerima)].map((id) => checkRecipient(index, post.jabatanId, id)).find((r) => !r.ok);
  if (refused && !refused.ok) throw new DomainError(refused.message, { penerima: [refused.message] });
  const known = await prisma.instruksiDisposisi.count({ where: { opdId: post.opdId, aktif: true, teks: { in: input.instruksi } } });
  if (known !== new Set(input.instruksi).size) {
    throw new DomainError('Instruksi tidak ada dalam daftar instruksi OPD.', { instruksi: ['Instruksi tidak ada dalam daftar instruksi OPD.'] });
  }

  return prisma.$transaction(async (tx) => {
    // Serialises saves of one post, so two quick taps cannot both pass the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`preset:${post.jabatanId}`}))`;
    const count = await tx.presetDisposisi.count({ where: { jabatanId: post.jabatanId } });
    if (count >= MAX_PRESET_PER_JABATAN) throw new DomainError(`Preset sudah ${MAX_PRESET_PER_JABATAN}; hapus salah satu dahulu.`, { namaPreset: [`Preset sudah ${MAX_PRESET_PER_JABATAN}; hapus salah satu dahulu.`] });
    const preset = await tx.presetDisposisi.create({
      data: { jabatanId: post.jabatanId, nama: input.namaPreset, penerimaJabatanIds: [...new Set(input.penerima)], instruksi: [...new Set(input.instruksi)], catatan: input.catatan, batasHari: input.batasHari },
      select: { id: true },
    });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: post.opdId, action: 'presetDisposisi.save', entityType: 'PresetDisposisi', entityId: preset.id, after: { ...input } });
    return { presetId: preset.id };
  });
}
