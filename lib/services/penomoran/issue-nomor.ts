import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { JenisNaskah } from '@/lib/generated/prisma/enums';
import { DEFAULT_TEMPLATE, formatNomor } from '@/lib/domain/penomoran/format-nomor';
import { JENIS_NASKAH_INFO } from '@/lib/domain/penomoran/jenis-kode';

/** The OPD-wide sequence; a template with urutanPerJenis counts per jenis under the jenis name. */
export const NASKAH_SERI = 'NASKAH';

export interface IssueNomorInput {
  opdId: string;
  jenis: JenisNaskah;
  /** Kode klasifikasi arsip, e.g. "000.1.2.3". */
  klasifikasi: string;
  /** Kode unit printed in the number: the OPD's singkatan. */
  unit: string;
  /** The letter's calendar day (yyyy-mm-dd, Asia/Jakarta): the year picks the sequence. */
  tanggal: string;
}

export interface IssuedNomor {
  nomor: string;
  nomorUrut: number;
  tahun: number;
  seri: string;
}

/**
 * Issues the next number of the OPD's sequence inside the caller's transaction. The counter row is
 * written with INSERT ... ON CONFLICT DO UPDATE ... RETURNING, which locks it until the caller
 * commits or rolls back: concurrent callers of the same sequence wait, and a rollback (a failed
 * signature) returns the number, so numbers have no gaps and no duplicates. The caller therefore
 * holds this lock for as long as its transaction runs.
 */
export async function issueNomor(tx: Prisma.TransactionClient, input: IssueNomorInput): Promise<IssuedNomor> {
  const template =
    (await tx.templatePenomoran.findFirst({ where: { opdId: input.opdId, jenis: input.jenis } })) ??
    (await tx.templatePenomoran.findFirst({ where: { opdId: input.opdId, jenis: null } }));
  const seri = template?.urutanPerJenis ? input.jenis : NASKAH_SERI;
  const [tahun, bulan] = input.tanggal.split('-').map(Number) as [number, number];

  const [counter] = await tx.$queryRaw<{ terakhir: number }[]>`
    INSERT INTO "NomorUrut" ("id", "opdId", "seri", "tahun", "terakhir", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${input.opdId}::uuid, ${seri}, ${tahun}, 1, now())
    ON CONFLICT ("opdId", "seri", "tahun") DO UPDATE SET "terakhir" = "NomorUrut"."terakhir" + 1, "updatedAt" = now()
    RETURNING "terakhir"`;
  const nomorUrut = counter!.terakhir;

  const nomor = formatNomor(
    template?.template ?? DEFAULT_TEMPLATE,
    { klasifikasi: input.klasifikasi, nomor: nomorUrut, unit: input.unit, tahun, bulan, jenis: JENIS_NASKAH_INFO[input.jenis][1] },
    template?.panjangNomor ?? 4,
  );
  return { nomor, nomorUrut, tahun, seri };
}
