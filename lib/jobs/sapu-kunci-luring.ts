// Forgets the keys of offline actions once no copy of them can be applied any more (every online
// disposisi and tindak lanjut writes one: lib/services/offline/sekali-per-kunci.ts). A plain function
// taking `now`, run daily by the job queue; in batches, each its own short statement, so the sweep
// never holds many row locks nor one long transaction.
import { prisma } from '@/lib/db';
import { batasSimpanKunci } from '@/lib/domain/offline/umur-tindakan';

const PER_BATCH = 5000;

export async function sapuKunciLuring({ now, perBatch = PER_BATCH }: { now: Date; perBatch?: number }): Promise<{ dihapus: number }> {
  const batas = batasSimpanKunci(now);
  let dihapus = 0;
  for (;;) {
    const n = await prisma.$executeRaw`
      DELETE FROM "TindakanLuring" t USING (
        SELECT id FROM "TindakanLuring" WHERE "createdAt" < ${batas} ORDER BY "createdAt" LIMIT ${perBatch}
      ) lama WHERE t.id = lama.id`;
    dihapus += n;
    if (n < perBatch) return { dihapus };
  }
}
