import type { Prisma } from '@/lib/generated/prisma/client';
import { DomainError } from '@/lib/domain/errors';

/** NIP, NIK and e-mail are unique across the installation; says which one clashes (never whose it is). */
export async function assertPegawaiUnique(tx: Prisma.TransactionClient, fields: { nip: string; nik?: string; email: string | null }, exceptId: string | null) {
  const others = exceptId ? { id: { not: exceptId } } : {};
  if (await tx.pegawai.findFirst({ where: { nip: fields.nip, ...others }, select: { id: true } })) {
    throw new DomainError('NIP sudah terdaftar.', { nip: [`NIP ${fields.nip} sudah terdaftar.`] });
  }
  // A clashing NIK was blamed on the NIP by the database's unique index ("NIP atau e-mail sudah terdaftar").
  if (fields.nik && (await tx.pegawai.findFirst({ where: { nik: fields.nik, ...others }, select: { id: true } }))) {
    throw new DomainError('NIK sudah terdaftar untuk pegawai lain.', { nik: ['NIK sudah terdaftar untuk pegawai lain.'] });
  }
  if (fields.email && (await tx.pegawai.findFirst({ where: { email: fields.email, ...others }, select: { id: true } }))) {
    throw new DomainError('E-mail sudah dipakai pegawai lain.', { email: ['E-mail sudah dipakai pegawai lain.'] });
  }
}
