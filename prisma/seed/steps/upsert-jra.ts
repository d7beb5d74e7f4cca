// The demo JRA on the demo kode klasifikasi (idempotent: the same values every run).
import { JRA_DEMO } from '../data/jra';
import type { Tx } from './types';

export async function upsertJra(tx: Tx, instansiId: string): Promise<void> {
  for (const [kode, retensiAktif, retensiInaktif, keteranganRetensi] of JRA_DEMO) {
    await tx.klasifikasiArsip.update({ where: { instansiId_kode: { instansiId, kode } }, data: { retensiAktif, retensiInaktif, keteranganRetensi } });
  }
}
