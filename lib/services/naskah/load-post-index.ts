import { prisma } from '@/lib/db';
import type { PostIndex, PostNode } from '@/lib/domain/naskah/review-chain';

/** One OPD's jabatan tree with levels, for the paraf-chain rules. */
export async function loadPostIndex(opdId: string): Promise<PostIndex> {
  const rows = await prisma.jabatan.findMany({
    where: { opdId },
    orderBy: [{ level: 'asc' }, { urutan: 'asc' }, { nama: 'asc' }],
    select: { id: true, parentId: true, opdId: true, level: true, aktif: true, jenis: true },
  });
  return new Map<string, PostNode>(rows.map(({ jenis, ...r }) => [r.id, { ...r, struktural: jenis === 'STRUKTURAL' }]));
}
