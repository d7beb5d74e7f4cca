// The unit kerja and jabatan trees of one OPD: refuse moves that would make a cycle, and nest flat
// rows for display. Pure: callers pass the (id, parentId) pairs of the whole OPD.

export interface TreeNodeRef {
  id: string;
  parentId: string | null;
}

export type MoveCheck = { ok: true } | { ok: false; message: string };

/** May `nodeId` be placed under `newParentId`? Refused when the new parent is the node or below it. */
export function checkMove(nodes: readonly TreeNodeRef[], nodeId: string, newParentId: string | null): MoveCheck {
  if (newParentId === null) return { ok: true };
  if (newParentId === nodeId) return { ok: false, message: 'Induk tidak boleh dirinya sendiri.' };
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  if (!parentOf.has(newParentId)) return { ok: false, message: 'Induk baru tidak ditemukan di OPD ini.' };
  // Walk up from the new parent; meeting the node means the node would become its own ancestor.
  const seen = new Set<string>();
  for (let at: string | null | undefined = newParentId; at; at = parentOf.get(at)) {
    if (at === nodeId) return { ok: false, message: 'Tidak dapat dipindahkan ke bawah bawahannya sendiri (akan membentuk siklus).' };
    if (seen.has(at)) break; // an existing cycle in bad data; stop rather than loop forever
    seen.add(at);
  }
  return { ok: true };
}

export type Nested<T extends TreeNodeRef> = T & { children: Nested<T>[] };

/**
 * Nests flat rows into roots with children, keeping the input order among siblings. Rows whose
 * parent is missing (inactive or in another OPD) become roots, so nothing disappears from view.
 */
export function nestTree<T extends TreeNodeRef>(rows: readonly T[]): Nested<T>[] {
  const byId = new Map<string, Nested<T>>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: Nested<T>[] = [];
  for (const row of rows) {
    const node = byId.get(row.id)!;
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids of `nodeId` and everything below it. */
export function descendantIds(nodes: readonly TreeNodeRef[], nodeId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const n of nodes) if (n.parentId) childrenOf.set(n.parentId, [...(childrenOf.get(n.parentId) ?? []), n.id]);
  const out = new Set<string>();
  const stack = [nodeId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(childrenOf.get(id) ?? []));
  }
  return out;
}
