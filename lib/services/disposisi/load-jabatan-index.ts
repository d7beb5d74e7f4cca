import { prisma } from '@/lib/db';
import type { JabatanIndex, JabatanNode } from '@/lib/domain/disposisi/tree';

/** The jabatan tree of one OPD, in display order, for the pure tree rules. */
export async function loadJabatanIndex(opdId: string): Promise<JabatanIndex> {
  const rows = await prisma.jabatan.findMany({
    where: { opdId },
    orderBy: [{ level: 'asc' }, { urutan: 'asc' }, { nama: 'asc' }],
    select: { id: true, parentId: true, opdId: true, aktif: true, dapatMewakiliAtasan: true },
  });
  return new Map<string, JabatanNode>(rows.map((r) => [r.id, r]));
}
