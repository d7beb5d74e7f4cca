// The e2e server's embedded database, for a spec's own setup (a letter with a phrase, a kode): one
// client per task, closed after it.
import { createPrismaClient } from '@/lib/db/client';
import { embeddedUrl } from '@/lib/db/embedded-postgres';
import { DEFAULT_EMBEDDED } from '@/lib/db/resolve-database';

export type E2ePrisma = ReturnType<typeof createPrismaClient>;

export async function withE2eDatabase<T>(kerja: (prisma: E2ePrisma) => Promise<T>): Promise<T> {
  const prisma = createPrismaClient(embeddedUrl(Number(process.env.EMBEDDED_PG_PORT ?? 5435), DEFAULT_EMBEDDED.database));
  try {
    return await kerja(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
