// Mock-CA certificates for the demo signers: every holder of a structural post (the people who
// sign naskah dinas) and every demo account, all under one demo passphrase. Runs after the seed's
// transaction (key generation is not database work); idempotent because ensureCertificate keeps a
// certificate that may still sign.
import { calendarDay } from '@/lib/domain/jabatan/acting';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { DEMO_ACCOUNTS } from '../demo-accounts';
import { hari } from './types';

/** The passphrase of every demo certificate (mock CA only; BSrE passphrases belong to their owners). */
export const DEMO_PASSPHRASE = 'Demo#TTE2026';

export async function issueDemoCertificates(prisma: PrismaClient, instansiId: string, today = calendarDay(new Date())): Promise<number> {
  const day = hari(today);
  const signers = await prisma.pegawai.findMany({
    where: {
      instansiId,
      OR: [
        { nip: { in: DEMO_ACCOUNTS.map((a) => a.nip) } },
        { penugasan: { some: { jabatan: { jenis: 'STRUKTURAL' }, mulai: { lte: day }, OR: [{ selesai: null }, { selesai: { gte: day } }] } } },
      ],
    },
    select: { id: true, nama: true, nik: true, instansi: { select: { nama: true } } },
    orderBy: { nip: 'asc' },
  });
  for (const p of signers) {
    await ensureCertificate({ id: p.id, nama: p.nama, nik: p.nik, instansi: p.instansi.nama }, DEMO_PASSPHRASE, { db: prisma });
  }
  return signers.length;
}
