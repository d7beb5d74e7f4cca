import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { CaraTandaTanganKode } from '@/lib/domain/naskah/tanda-tangan';
import { NASKAH_PDF_SELECT, toNaskahPdfInput, type SignerPegawai } from '@/lib/pdf/naskah/from-record';
import type { NaskahPdfInput } from '@/lib/pdf/naskah/types';
import { getStorage } from '@/lib/storage';

type Db = Prisma.TransactionClient | PrismaClient;

export interface PdfInputOptions {
  signer: SignerPegawai | null;
  /** How the block reads today (caraSaatTandaTangan); the draft's value when absent. */
  cara?: CaraTandaTanganKode;
  /** FINAL only: the issued number and date and the QR link. */
  final?: { nomor: string; tanggal: string; verifikasiUrl: string };
}

/**
 * A naskah as renderNaskahPdf wants it, DRAFT (preview) or FINAL (to be signed), with the paraf
 * names and the OPD logo filled in. Reads without a scope: callers load the naskah through theirs.
 */
export async function loadNaskahPdfInput(db: Db, naskahId: string, options: PdfInputOptions): Promise<NaskahPdfInput> {
  const record = await db.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: NASKAH_PDF_SELECT });
  const ids = record.verifikasi.flatMap((v) => (v.pegawaiId ? [v.pegawaiId] : []));
  const pemaraf = Object.fromEntries((await db.pegawai.findMany({ where: { id: { in: ids } }, select: { id: true, nama: true } })).map((p) => [p.id, p.nama]));
  const logo = record.opd.logoKey ? ((await getStorage().get(record.opd.logoKey))?.bytes ?? null) : null;
  const input = toNaskahPdfInput(record, { mode: options.final ? 'FINAL' : 'DRAFT', signer: options.signer, pemaraf, logo, ...options.final });
  return options.cara ? { ...input, penandatangan: { ...input.penandatangan, cara: options.cara } } : input;
}
