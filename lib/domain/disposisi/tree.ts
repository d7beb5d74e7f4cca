// Who may dispose to whom: always down the jabatan tree of one OPD, never sideways or up. The
// post marked "dapat mewakili atasan" (the sekretaris) may route on the pimpinan's behalf, so it
// may reach everything below its own superior.

export interface JabatanNode {
  id: string;
  parentId: string | null;
  opdId: string;
  aktif: boolean;
  dapatMewakiliAtasan: boolean;
}

export type JabatanIndex = ReadonlyMap<string, JabatanNode>;

export function isBelow(index: JabatanIndex, jabatanId: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  let current = index.get(jabatanId)?.parentId ?? null;
  while (current !== null && !seen.has(current)) {
    if (current === ancestorId) return true;
    seen.add(current);
    current = index.get(current)?.parentId ?? null;
  }
  return false;
}

/** The post whose subtree the giver may reach: its own, or its superior's when it routes for them. */
export function dispositionRoot(index: JabatanIndex, giverId: string): string {
  const giver = index.get(giverId);
  return giver?.dapatMewakiliAtasan && giver.parentId ? giver.parentId : giverId;
}

export type RecipientCheck = { ok: true } | { ok: false; message: string };

export function checkRecipient(index: JabatanIndex, giverId: string, recipientId: string): RecipientCheck {
  const giver = index.get(giverId);
  const recipient = index.get(recipientId);
  if (!giver || !recipient || !recipient.aktif) return { ok: false, message: 'Penerima disposisi tidak ditemukan atau tidak aktif.' };
  if (recipientId === giverId) return { ok: false, message: 'Disposisi tidak dapat ditujukan kepada jabatan sendiri.' };
  if (recipient.opdId !== giver.opdId) return { ok: false, message: 'Disposisi hanya dapat diberikan kepada jabatan di OPD yang sama.' };
  if (!isBelow(index, recipientId, dispositionRoot(index, giverId))) {
    return { ok: false, message: 'Disposisi hanya dapat diberikan kepada jabatan di bawah Anda, tidak ke samping atau ke atas.' };
  }
  return { ok: true };
}

/** Posts the giver may choose from, in tree order of the index. */
export function eligibleRecipients(index: JabatanIndex, giverId: string): string[] {
  return [...index.keys()].filter((id) => checkRecipient(index, giverId, id).ok);
}
