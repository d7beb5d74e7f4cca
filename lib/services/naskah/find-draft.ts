import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahDraftScope } from '@/lib/authz/scope';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import type { StatusNaskah } from '@/lib/domain/naskah/state-machine';
import { isJenisDidukung, type JenisNaskahDidukung } from '@/lib/domain/naskah/konten';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';


const draftSelect = {
  id: true,
  opdId: true,
  jenis: true,
  status: true,
  perihal: true,
  konten: true,
  versiTerakhir: true,
  pembuatJabatanId: true,
  penandatanganJabatanId: true,
  opd: { select: { instansiId: true } },
} as const;

export interface DraftRef {
  id: string;
  opdId: string;
  instansiId: string;
  jenis: JenisNaskahDidukung;
  status: StatusNaskah;
  perihal: string;
  konten: unknown;
  versiTerakhir: number;
  pembuatJabatanId: string;
  penandatanganJabatanId: string | null;
}

/** A draft the actor may see (naskahDraftScope), or NotFoundError, the same for a guessed id. */
export async function findDraftOrThrow(actor: Actor, naskahId: string): Promise<DraftRef> {
  const row = await prisma.naskah.findFirst({ where: { id: naskahId, ...naskahDraftScope(actor) }, select: draftSelect });
  if (!row || !row.pembuatJabatanId || !isJenisDidukung(row.jenis)) {
    throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  }
  return {
    ...row,
    jenis: row.jenis,
    pembuatJabatanId: row.pembuatJabatanId,
    instansiId: row.opd.instansiId,
  };
}

/** Only the drafter's post writes the konsep. */
export function assertDrafter(actor: Actor, draft: DraftRef): void {
  if (actor.activePost?.jabatanId !== draft.pembuatJabatanId) throw new ForbiddenError('Hanya pengonsep yang dapat melakukan ini.');
}
