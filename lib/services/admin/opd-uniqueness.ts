import type { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/domain/errors';

/** Kode and singkatan are unique per instansi; says which one clashes. */
export async function assertOpdKodeFree(tx: Prisma.TransactionClient, instansiId: string, input: { kode: string; singkatan: string }, exceptId: string | null) {
  const clash = await tx.opd.findFirst({
    where: { instansiId, OR: [{ kode: input.kode }, { singkatan: input.singkatan }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { kode: true, singkatan: true },
  });
  if (!clash) return;
  if (clash.kode === input.kode) throw new DomainError('Kode OPD sudah dipakai.', { kode: ['Kode OPD sudah dipakai OPD lain.'] });
  throw new DomainError('Singkatan OPD sudah dipakai.', { singkatan: ['Singkatan sudah dipakai OPD lain.'] });
}
