import { DomainError } from '@/lib/domain/errors';
import { checkTurn, currentPutaran } from '@/lib/domain/naskah/review-chain';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The actor's waiting step, read inside the transaction; out of turn, twice or outside: refused. */
export async function findTurnOrThrow(tx: Prisma.TransactionClient, naskahId: string, jabatanId: string) {
  const steps = await tx.verifikasiNaskah.findMany({ where: { naskahId }, select: { id: true, jabatanId: true, putaran: true, urutan: true, status: true } });
  const turn = checkTurn(steps, jabatanId);
  if (!turn.ok) throw new DomainError(turn.message);
  return { step: turn.step, last: turn.last, putaran: currentPutaran(steps) };
}

/** Marks the step as acted upon only if it is still waiting, so a double click acts once. */
export async function closeStep(tx: Prisma.TransactionClient, stepId: string, data: Prisma.VerifikasiNaskahUpdateManyMutationInput) {
  const { count } = await tx.verifikasiNaskah.updateMany({ where: { id: stepId, status: 'MENUNGGU' }, data });
  if (count !== 1) throw new DomainError('Naskah ini sudah diproses. Muat ulang halaman.');
}
