// Mock-CA certificates for the demo signers: every holder of a structural post (the people who
// sign naskah dinas) and every demo account, all under one demo passphrase. Runs after the seed's
// transaction (key generation is not database work); idempotent because ensureCertificate keeps a
// certificate that may still sign.
import { calendarDay } from '@/lib/domain/jabatan/acting';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { ensureCertificate, isUsable } from '@/lib/signing/mock-ca/certificates';
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
  // One query for everyone's newest certificate, so a repeated seed does no per-person round trip.
  const ca = await loadCa();
  const certificates = await prisma.sertifikatElektronik.findMany({ where: { nik: { in: signers.map((p) => p.nik) } }, orderBy: { createdAt: 'desc' } });
  const newest = new Map<string, (typeof certificates)[number]>();
  for (const c of certificates) if (!newest.has(c.nik)) newest.set(c.nik, c);
  for (const p of signers) {
    if (isUsable(ca, newest.get(p.nik) ?? null)) continue;
    await ensureCertificate({ id: p.id, nama: p.nama, nik: p.nik, instansi: p.instansi.nama }, DEMO_PASSPHRASE, { db: prisma });
  }
  return signers.length;
}
