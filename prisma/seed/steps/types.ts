import type { Prisma } from '@/lib/generated/prisma/client';

/** Every step runs inside the seed's one transaction. */
export type Tx = Prisma.TransactionClient;

/** "yyyy-mm-dd" -> the Date Prisma writes to a @db.Date column. */
export const hari = (yyyyMmDd: string) => new Date(`${yyyyMmDd}T00:00:00Z`);

/** Ids of what the organisation step wrote, by natural key ("DISKOMINFO", "DISKOMINFO/KADIS"). */
export interface OrganisasiIds {
  instansiId: string;
  opdId: Map<string, string>;
  jabatanId: Map<string, string>;
}

export const kunci = (opd: string, kode: string) => `${opd}/${kode}`;

export function ambil<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed data refers to unknown ${key}`);
  return value;
}
