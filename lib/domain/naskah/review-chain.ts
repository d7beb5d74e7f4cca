// The paraf chain (verifikasi berjenjang): who may sign, who reviews, whose turn it is. Pure rules
// over one OPD's jabatan tree; services load the tree and the VerifikasiNaskah rows and ask these.
//
// "Above" means higher in the OPD's hierarchy (a smaller level: 1 pimpinan, 2 sekretaris/kabid,
// 3 kasubbag/kasi, 4 staf), not only a direct ancestor, so a staf of a bidang can have the
// sekretaris sign a.n. the kepala dinas, as the regulation allows.

export interface PostNode {
  id: string;
  parentId: string | null;
  opdId: string;
  level: number;
  aktif: boolean;
  /** Only structural posts review and sign (naskah.verify / naskah.sign). */
  struktural: boolean;
}

export type PostIndex = ReadonlyMap<string, PostNode>;

export type RuleCheck = { ok: true } | { ok: false; message: string };

/** A chain longer than this is a mistake, not a review. */
export const MAX_VERIFIKATOR = 8;

/** How many paraf the last page shows: the regulation's "paling banyak tiga paraf". */
export const MAX_PARAF_DICETAK = 3;

/** Superiors of a post, nearest first. */
export function ancestorsOf(index: PostIndex, jabatanId: string): PostNode[] {
  const out: PostNode[] = [];
  const seen = new Set<string>([jabatanId]);
  let current = index.get(jabatanId)?.parentId ?? null;
  while (current !== null && !seen.has(current)) {
    const node = index.get(current);
    if (!node) break;
    out.push(node);
    seen.add(current);
    current = node.parentId;
  }
  return out;
}

function isAbove(upper: PostNode, lower: PostNode): boolean {
  return upper.opdId === lower.opdId && upper.level < lower.level;
}

/** The signer must be an active post of the drafter's OPD, higher than the drafter. */
export function checkPenandatangan(index: PostIndex, drafterId: string, signerId: string): RuleCheck {
  const drafter = index.get(drafterId);
  const signer = index.get(signerId);
  if (!drafter || !signer || !signer.aktif) return { ok: false, message: 'Penandatangan tidak ditemukan atau tidak aktif.' };
  if (signer.opdId !== drafter.opdId) return { ok: false, message: 'Penandatangan harus jabatan di OPD Anda.' };
  if (!signer.struktural || !isAbove(signer, drafter)) return { ok: false, message: 'Penandatangan harus pejabat struktural di atas jabatan Anda.' };
  return { ok: true };
}

/** Posts the drafter may choose as signer, in index order. */
export function eligiblePenandatangan(index: PostIndex, drafterId: string): string[] {
  return [...index.keys()].filter((id) => checkPenandatangan(index, drafterId, id).ok);
}

/** The default chain: the drafter's superiors, nearest first, up to (not including) the signer. */
export function defaultChain(index: PostIndex, drafterId: string, signerId: string): string[] {
  const signer = index.get(signerId);
  if (!signer) return [];
  const chain: string[] = [];
  for (const node of ancestorsOf(index, drafterId)) {
    if (node.id === signerId || node.level <= signer.level) break;
    if (node.aktif && node.struktural) chain.push(node.id);
  }
  return chain;
}

/** Posts the drafter may put in the chain: above the drafter, below the signer, same OPD. */
export function eligibleVerifikator(index: PostIndex, drafterId: string, signerId: string): string[] {
  const drafter = index.get(drafterId);
  const signer = index.get(signerId);
  if (!drafter || !signer) return [];
  return [...index.values()].filter((n) => n.aktif && n.struktural && isAbove(n, drafter) && isAbove(signer, n)).map((n) => n.id);
}

/**
 * An edited chain: each post once, each above the drafter and below the signer, in the drafter's
 * OPD, and in rising order (nobody reviews after someone more senior). Empty is allowed: the naskah
 * then goes straight to the signer.
 */
export function checkChain(index: PostIndex, drafterId: string, signerId: string, chain: readonly string[]): RuleCheck {
  if (chain.length > MAX_VERIFIKATOR) return { ok: false, message: `Paling banyak ${MAX_VERIFIKATOR} verifikator.` };
  if (new Set(chain).size !== chain.length) return { ok: false, message: 'Satu jabatan hanya boleh sekali dalam alur verifikasi.' };
  const allowed = new Set(eligibleVerifikator(index, drafterId, signerId));
  const refused = chain.find((id) => !allowed.has(id));
  if (refused !== undefined) {
    return { ok: false, message: 'Verifikator harus jabatan struktural aktif di OPD Anda, di atas jabatan Anda dan di bawah penandatangan.' };
  }
  for (let i = 1; i < chain.length; i += 1) {
    if (index.get(chain[i]!)!.level > index.get(chain[i - 1]!)!.level) {
      return { ok: false, message: 'Urutkan verifikator dari jabatan terendah ke jabatan tertinggi.' };
    }
  }
  return { ok: true };
}

export type StatusVerifikasi = 'MENUNGGU' | 'DISETUJUI' | 'DIKEMBALIKAN';

export interface ChainStep {
  jabatanId: string;
  putaran: number;
  urutan: number;
  status: StatusVerifikasi;
}

/** The latest round (putaran); 0 before the first submission. */
export function currentPutaran(steps: readonly Pick<ChainStep, 'putaran'>[]): number {
  return steps.reduce((max, s) => Math.max(max, s.putaran), 0);
}

function stepsOfRound<S extends ChainStep>(steps: readonly S[], putaran: number): S[] {
  return steps.filter((s) => s.putaran === putaran).sort((a, b) => a.urutan - b.urutan);
}

/** The step waiting now: the first MENUNGGU of the latest round, unless that round was returned. */
export function currentStep<S extends ChainStep>(steps: readonly S[]): S | null {
  const round = stepsOfRound(steps, currentPutaran(steps));
  if (round.some((s) => s.status === 'DIKEMBALIKAN')) return null;
  return round.find((s) => s.status === 'MENUNGGU') ?? null;
}

export type TurnCheck<S> = { ok: true; step: S; last: boolean } | { ok: false; message: string };

/** May this post act (paraf, edit, return) now? Out of turn, twice, or outside the chain: no. */
export function checkTurn<S extends ChainStep>(steps: readonly S[], jabatanId: string): TurnCheck<S> {
  const round = stepsOfRound(steps, currentPutaran(steps));
  const mine = round.find((s) => s.jabatanId === jabatanId);
  if (!mine) return { ok: false, message: 'Jabatan Anda tidak termasuk dalam alur verifikasi naskah ini.' };
  if (mine.status !== 'MENUNGGU') return { ok: false, message: 'Anda sudah memproses naskah ini pada putaran ini.' };
  const now = currentStep(steps);
  if (now !== mine) return { ok: false, message: 'Belum giliran Anda: verifikator sebelumnya belum memberi paraf.' };
  return { ok: true, step: mine, last: round[round.length - 1] === mine };
}

/**
 * The paraf printed on the last page: the approvals of the latest round (earlier rounds were
 * returned, so their paraf no longer stand), at most three, the three closest to the signer
 * (highest urutan). Those are the officials who answer to the signer for the text; a longer chain
 * keeps the lower paraf in the history, not on the paper. Returned in chain order.
 */
export function parafOnLastPage<S extends ChainStep>(steps: readonly S[]): S[] {
  const approved = stepsOfRound(steps, currentPutaran(steps)).filter((s) => s.status === 'DISETUJUI');
  return approved.slice(-MAX_PARAF_DICETAK);
}
