import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { JenisNaskah } from '@/lib/generated/prisma/enums';
import { DEFAULT_TEMPLATE, formatNomor } from '@/lib/domain/penomoran/format-nomor';
import { JENIS_NASKAH_INFO } from '@/lib/domain/penomoran/jenis-kode';
import type { NomorUrutKey } from './increment-nomor-urut';

/** The OPD-wide sequence; a template with urutanPerJenis counts per jenis under the jenis name. */
export const NASKAH_SERI = 'NASKAH';

export interface PlanNomorInput {
  opdId: string;
  jenis: JenisNaskah;
  /** Kode klasifikasi arsip, e.g. "000.1.2.3". */
  klasifikasi: string;
  /** Kode unit printed in the number: the OPD's singkatan. */
  unit: string;
  /** The letter's calendar day (yyyy-mm-dd, Asia/Jakarta): the year picks the sequence. */
  tanggal: string;
}

export interface NomorPlan {
  /** The sequence the number comes from. */
  key: NomorUrutKey;
  /** The printed number for a sequence value. */
  format(nomorUrut: number): string;
}

/** Which sequence a naskah draws from and how its number prints (the jenis template before the OPD default). */
export async function planNomor(db: Prisma.TransactionClient | PrismaClient, input: PlanNomorInput): Promise<NomorPlan> {
  const template =
    (await db.templatePenomoran.findFirst({ where: { opdId: input.opdId, jenis: input.jenis } })) ??
    (await db.templatePenomoran.findFirst({ where: { opdId: input.opdId, jenis: null } }));
  const seri = template?.urutanPerJenis ? input.jenis : NASKAH_SERI;
  const [tahun, bulan] = input.tanggal.split('-').map(Number) as [number, number];
  return {
    key: { opdId: input.opdId, seri, tahun },
    format: (nomor) =>
      formatNomor(
        template?.template ?? DEFAULT_TEMPLATE,
        { klasifikasi: input.klasifikasi, nomor, unit: input.unit, tahun, bulan, jenis: JENIS_NASKAH_INFO[input.jenis][1] },
        template?.panjangNomor ?? 4,
      ),
  };
}
