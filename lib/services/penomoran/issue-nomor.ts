import type { Prisma } from '@/lib/generated/prisma/client';
import { incrementNomorUrut } from './increment-nomor-urut';
import { planNomor, type PlanNomorInput } from './plan-nomor';

export { NASKAH_SERI } from './plan-nomor';
export type IssueNomorInput = PlanNomorInput;

export interface IssuedNomor {
  nomor: string;
  nomorUrut: number;
  tahun: number;
  seri: string;
}

/**
 * Issues the next number of the naskah's sequence inside the caller's transaction: a rollback
 * returns it, so numbers have no gaps and no duplicates. Signing calls this only in its short
 * final transaction, while it holds the sequence's turn (take-giliran.ts).
 */
export async function issueNomor(tx: Prisma.TransactionClient, input: IssueNomorInput): Promise<IssuedNomor> {
  const plan = await planNomor(tx, input);
  const nomorUrut = await incrementNomorUrut(tx, plan.key);
  return { nomor: plan.format(nomorUrut), nomorUrut, tahun: plan.key.tahun, seri: plan.key.seri };
}
