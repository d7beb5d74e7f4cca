import { prisma } from '@/lib/db';
import { getStorage } from '@/lib/storage';
import { extractTextLayer } from './extract-text-layer';

/**
 * After an upload commits: the text layers of the naskah's scan and lampiran not read yet, stored on
 * their Berkas rows (a trigger adds them to the naskah's search document). Never throws, so it can
 * never undo the upload it follows: a file without text is simply not searchable by its content.
 */
export async function recordTeksBerkas(naskahId: string, storage = getStorage()): Promise<void> {
  try {
    const files = await prisma.berkas.findMany({
      where: { naskahId, jenis: { in: ['PINDAI', 'LAMPIRAN'] }, mime: 'application/pdf', teks: null },
      select: { id: true, storageKey: true },
    });
    for (const file of files) {
      const stored = await storage.get(file.storageKey);
      const teks = stored ? await extractTextLayer(stored.bytes) : null;
      if (teks) await prisma.berkas.update({ where: { id: file.id }, data: { teks } });
    }
  } catch (error) {
    console.error('Teks berkas tidak terbaca:', naskahId, error instanceof Error ? error.message : error);
  }
}
