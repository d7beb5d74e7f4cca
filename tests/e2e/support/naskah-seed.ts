// The e2e database's copy of prisma/seed/naskah-menunggu.ts: the signing and review specs start
// from a naskah already waiting for a signature or a paraf.
import { seedNaskahMenunggu } from '@/prisma/seed/naskah-menunggu';
import { withE2eDatabase } from './e2e-database';

export function seedNaskahMenungguTandaTangan(perihal: string): Promise<string> {
  return seedNaskah(perihal, 'MENUNGGU_TANDA_TANGAN');
}

export function seedNaskahMenungguParaf(perihal: string): Promise<string> {
  return seedNaskah(perihal, 'VERIFIKASI');
}

function seedNaskah(perihal: string, status: 'MENUNGGU_TANDA_TANGAN' | 'VERIFIKASI'): Promise<string> {
  return withE2eDatabase((prisma) => seedNaskahMenunggu(prisma, perihal, status));
}
