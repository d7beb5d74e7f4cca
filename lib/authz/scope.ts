// Prisma where-filters that say what an actor may see. Every list and every get goes through one
// of these, so a guessed id outside the scope simply finds nothing.
import type { Actor } from './actor';
import { opdIdsWithRole } from './policy';
import type { ROLE_PERMISSIONS } from './permissions';

/** OPD rows the actor may manage or view through a role. */
export function opdScope(actor: Actor, permission: keyof typeof ROLE_PERMISSIONS) {
  const ids = opdIdsWithRole(actor, permission);
  return ids === 'ALL' ? { instansiId: actor.instansiId } : { instansiId: actor.instansiId, id: { in: ids } };
}

/** Rows that carry an opdId (jabatan, unit kerja, pegawai...) inside the actor's role scope. */
export function opdOwnedScope(actor: Actor, permission: keyof typeof ROLE_PERMISSIONS) {
  const ids = opdIdsWithRole(actor, permission);
  return ids === 'ALL' ? { opd: { instansiId: actor.instansiId } } : { opdId: { in: ids } };
}

/** Audit rows the actor may read. */
export function auditScope(actor: Actor) {
  const ids = opdIdsWithRole(actor, 'audit.view');
  return ids === 'ALL' ? { instansiId: actor.instansiId } : { instansiId: actor.instansiId, opdId: { in: ids } };
}

/** Posts whose letters the actor may open: the acting post, plus its superior's for the sekretaris. */
export function readablePostIds(actor: Actor): string[] {
  const post = actor.activePost;
  if (!post) return [];
  return post.dapatMewakiliAtasan && post.parentId ? [post.jabatanId, post.parentId] : [post.jabatanId];
}

/**
 * Letters the actor may see: delivered to their post, disposed to or by it, or (for the pencatat of
 * the OPD) registered there — except Rahasia and Sangat Rahasia, which only the posts they were
 * delivered or disposed to ever see. Lists that also show the drafting chain's letters use
 * naskahReadableScope instead, which reads the same rule from the letter's own columns.
 */
export function naskahVisibleScope(actor: Actor) {
  const postIds = readablePostIds(actor);
  const own = actor.activePost ? [actor.activePost.jabatanId] : [];
  const pencatatOpds = opdIdsWithRole(actor, 'suratMasuk.register');
  return {
    opd: { instansiId: actor.instansiId },
    OR: [
      { deliveryJabatanIds: { hasSome: own } },
      // The sekretaris sees the pimpinan's letters, but not the secret ones.
      { deliveryJabatanIds: { hasSome: postIds }, ...bukanTerbatas() },
      { disposisi: { some: { penerima: { some: { jabatanId: { in: own }, status: { not: 'DITARIK' as const } } } } } },
      { disposisi: { some: { dariJabatanId: { in: own } } } },
      ...(pencatatOpds === 'ALL'
        ? []
        : [{ sumber: 'EKSTERNAL' as const, opdId: { in: pencatatOpds }, ...bukanTerbatas() }]),
    ],
  };
}

/**
 * Who may open a letter in any state (naskahVisibleScope OR naskahDraftScope), as the terms of the
 * reader columns that triggers keep on Naskah (migration cari_pembaca): pembacaJabatanIds holds every
 * post that reads it whatever its class (deliveries, disposisi givers and recipients not withdrawn,
 * and for internal naskah the drafter, the signer and the paraf chain), deliveryJabatanIds the posts
 * it was delivered to. The one definition naskahReadableScope (Prisma) and naskahReadableSql (raw
 * SQL, lib/authz/scope-sql.ts) both render, so search, lists and reports agree.
 */
export interface AturanPembaca {
  instansiId: string;
  /** Posts that read through pembacaJabatanIds: the acting post. */
  pembaca: string[];
  /** Posts whose deliveries the actor also reads, Rahasia and Sangat Rahasia excepted: the superior's for the sekretaris. */
  wakil: string[];
  /** OPDs whose registered external letters the actor reads as pencatat, Rahasia and Sangat Rahasia excepted. */
  pencatatOpds: string[];
}

export function aturanPembaca(actor: Actor): AturanPembaca {
  const ownId = actor.activePost?.jabatanId;
  const pencatat = opdIdsWithRole(actor, 'suratMasuk.register');
  return {
    instansiId: actor.instansiId,
    pembaca: ownId ? [ownId] : [],
    // Deliveries to the acting post are in pembacaJabatanIds already.
    wakil: readablePostIds(actor).filter((id) => id !== ownId),
    // 'ALL' (the pemda-wide role) reads no letter through registration, as in naskahVisibleScope.
    pencatatOpds: pencatat === 'ALL' ? [] : pencatat,
  };
}

/**
 * Letters the actor may open in any state, as a Prisma filter on Naskah: checked against the GIN
 * indexes of the reader columns, never by a subquery over Delivery or Disposisi (which made
 * PostgreSQL hash the whole Disposisi table for a report's first Rahasia row).
 */
export function naskahReadableScope(actor: Actor) {
  const a = aturanPembaca(actor);
  return {
    opd: { instansiId: a.instansiId },
    OR: [
      { pembacaJabatanIds: { hasSome: a.pembaca } },
      ...(a.wakil.length ? [{ deliveryJabatanIds: { hasSome: a.wakil }, ...bukanTerbatas() }] : []),
      ...(a.pencatatOpds.length ? [{ sumber: 'EKSTERNAL' as const, opdId: { in: a.pencatatOpds }, ...bukanTerbatas() }] : []),
    ],
  };
}

/** The two security classes whose letters only their addressees and disposisi recipients ever read. */
export const KLASIFIKASI_TERBATAS = ['RAHASIA', 'SANGAT_RAHASIA'] as ('RAHASIA' | 'SANGAT_RAHASIA')[];

export function isKlasifikasiTerbatas(klasifikasi: string): boolean {
  return (KLASIFIKASI_TERBATAS as string[]).includes(klasifikasi);
}

/** Security classes as a where-filter on any row that carries klasifikasiKeamanan (naskah, delivery). */
export function bukanTerbatas() {
  return { klasifikasiKeamanan: { notIn: KLASIFIKASI_TERBATAS } };
}

/**
 * The agenda book: external letters registered in the OPDs where the actor is pencatat. Every entry
 * stays in the book, so agenda numbers show no gaps, but this scope gives only the entry; its nomor,
 * perihal and pengirim are read through naskahVisibleScope, which hides Rahasia and Sangat Rahasia
 * letters from a pencatat they were not addressed or disposed to.
 */
export function registerScope(actor: Actor) {
  const opdIds = opdIdsWithRole(actor, 'suratMasuk.register');
  return { sumber: 'EKSTERNAL' as const, opd: { instansiId: actor.instansiId }, ...(opdIds === 'ALL' ? {} : { opdId: { in: opdIds } }) };
}

/**
 * Internally drafted naskah the actor may open while they are being written and reviewed: only the
 * drafter's post, the posts in its paraf chain (any round) and the signer's post. Nobody else, not
 * even the same OPD's admin, reads a konsep.
 */
export function naskahDraftScope(actor: Actor) {
  const own = actor.activePost ? [actor.activePost.jabatanId] : [];
  return {
    sumber: 'INTERNAL' as const,
    opd: { instansiId: actor.instansiId },
    OR: [
      { pembuatJabatanId: { in: own } },
      { penandatanganJabatanId: { in: own } },
      { verifikasi: { some: { jabatanId: { in: own } } } },
    ],
  };
}

/** Notifications are personal: only the pegawai they were written for reads or clears them. */
export function notifikasiScope(actor: Actor) {
  return { pegawaiId: actor.pegawaiId };
}
