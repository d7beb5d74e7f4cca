import { prisma } from '@/lib/db';
import { calendarDay, effectiveHoldersOf } from '@/lib/domain/jabatan/acting';
import { getSigner } from '@/lib/signing';
import type { PdfSigner, SignerStatus } from '@/lib/signing/types';
import { withTimeout } from './signing-errors';

/** A status check on the way through a transition must not hold it. */
const STATUS_TIMEOUT_MS = 3_000;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The people who may sign as the naskah's signer post today (definitif, Plt., Plh.). */
export async function holdersOfSignerPost(naskahId: string, now: Date): Promise<{ pegawaiId: string; jenis: 'DEFINITIF' | 'PLT' | 'PLH' }[]> {
  const naskah = await prisma.naskah.findUnique({ where: { id: naskahId }, select: { penandatanganJabatanId: true } });
  const jabatanId = naskah?.penandatanganJabatanId;
  if (!jabatanId) return [];
  const rows = await prisma.penugasanJabatan.findMany({ where: { jabatanId }, select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true } });
  return effectiveHoldersOf(rows.map((r) => ({ ...r, mulai: day(r.mulai), selesai: r.selesai ? day(r.selesai) : null })), jabatanId, calendarDay(now));
}

/**
 * Asks the signer backend about the certificate of whoever may sign the naskah (when it enters the
 * paraf chain and when it reaches the signer) and keeps the answer on the pegawai, so the konsep
 * says "sertifikat kedaluwarsa / belum terdaftar / dicabut" before anyone waits for a signature.
 * Never fails the transition it follows: a backend that does not answer leaves the last answer.
 */
export async function periksaSertifikatPenandatangan(naskahId: string, { signer = getSigner(), now = new Date() }: { signer?: PdfSigner; now?: Date } = {}): Promise<Map<string, SignerStatus>> {
  const checked = new Map<string, SignerStatus>();
  for (const holder of await holdersOfSignerPost(naskahId, now)) {
    const { nik } = await prisma.pegawai.findUniqueOrThrow({ where: { id: holder.pegawaiId }, select: { nik: true } });
    try {
      const status = await withTimeout(signer.checkStatus(nik), STATUS_TIMEOUT_MS);
      await prisma.pegawai.update({ where: { id: holder.pegawaiId }, data: { statusSertifikat: status, statusSertifikatPada: now } });
      checked.set(holder.pegawaiId, status);
    } catch (error) {
      console.warn('[periksa sertifikat]', error instanceof Error ? error.name : 'error');
    }
  }
  return checked;
}
