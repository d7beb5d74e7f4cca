// The e2e database's copy of prisma/seed/naskah-menunggu.ts: the signing and review specs start
// from a naskah already waiting for a signature or a paraf.
import { createPrismaClient } from '@/lib/db/client';
import { embeddedUrl } from '@/lib/db/embedded-postgres';
import { DEFAULT_EMBEDDED } from '@/lib/db/resolve-database';
import { seedNaskahMenunggu } from '@/prisma/seed/naskah-menunggu';

const e2eUrl = () => embeddedUrl(Number(process.env.EMBEDDED_PG_PORT ?? 5435), DEFAULT_EMBEDDED.database);

export function seedNaskahMenungguTandaTangan(perihal: string): Promise<string> {
  return seedNaskah(perihal, 'MENUNGGU_TANDA_TANGAN');
}

export function seedNaskahMenungguParaf(perihal: string): Promise<string> {
  return seedNaskah(perihal, 'VERIFIKASI');
}

async function seedNaskah(perihal: string, status: 'MENUNGGU_TANDA_TANGAN' | 'VERIFIKASI'): Promise<string> {
  const prisma = createPrismaClient(e2eUrl());
  try {
    return await seedNaskahMenunggu(prisma, perihal, status);
  } finally {
    await prisma.$disconnect();
  }
}
