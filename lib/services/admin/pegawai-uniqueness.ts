import type { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/domain/errors';

/** NIP and e-mail are unique across the installation; says which one clashes. */
export async function assertPegawaiUnique(tx: Prisma.TransactionClient, fields: { nip: string; email: string | null }, exceptId: string | null) {
  const others = exceptId ? { id: { not: exceptId } } : {};
  if (await tx.pegawai.findFirst({ where: { nip: fields.nip, ...others }, select: { id: true } })) {
    throw new DomainError('NIP sudah terdaftar.', { nip: [`NIP ${fields.nip} sudah terdaftar.`] });
  }
  if (fields.email && (await tx.pegawai.findFirst({ where: { email: fields.email, ...others }, select: { id: true } }))) {
    throw new DomainError('E-mail sudah dipakai pegawai lain.', { email: ['E-mail sudah dipakai pegawai lain.'] });
  }
}
