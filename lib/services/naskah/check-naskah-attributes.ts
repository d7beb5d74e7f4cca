import { z } from 'zod';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { deriveCaraTandaTangan, type CaraTandaTangan } from '@/lib/domain/naskah/cara-tanda-tangan';
import type { PenerimaInput } from '@/lib/domain/naskah/konsep-schema';
import { pegawaiIdsOf } from '@/lib/domain/naskah/petugas';
import { checkPenandatangan } from '@/lib/domain/naskah/review-chain';
import { loadPostIndex } from './load-post-index';

const refuse = (field: string, message: string): never => {
  throw new DomainError(message, { [field]: [message] });
};

/** The signer must be above the drafter; how they sign (a.n., u.b., Plt., Plh.) is derived. */
export async function resolvePenandatangan(
  opdId: string,
  drafterJabatanId: string,
  signerId: string,
  atasNamaPimpinan: boolean,
  now: Date,
): Promise<{ caraTandaTangan: CaraTandaTangan; atasNamaJabatanId: string | null }> {
  const index = await loadPostIndex(opdId);
  const check = checkPenandatangan(index, drafterJabatanId, signerId);
  if (!check.ok) refuse('penandatanganJabatanId', check.message);
  const penugasan = await prisma.penugasanJabatan.findMany({ where: { jabatanId: signerId }, select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true } });
  const derived = deriveCaraTandaTangan({
    index,
    signerId,
    atasNamaPimpinan,
    day: calendarDay(now),
    penugasan: penugasan.map((p) => ({ ...p, mulai: p.mulai.toISOString().slice(0, 10), selesai: p.selesai?.toISOString().slice(0, 10) ?? null })),
  });
  if (!derived.ok) return refuse('penandatanganJabatanId', derived.message);
  return { caraTandaTangan: derived.cara, atasNamaJabatanId: derived.atasNamaJabatanId };
}

/** Internal recipients must be active posts of the same instansi. */
export async function assertPenerimaKnown(instansiId: string, penerima: readonly PenerimaInput[], field: string): Promise<void> {
  const ids = [...new Set(penerima.flatMap((p) => ('jabatanId' in p ? [p.jabatanId] : [])))];
  if (ids.length === 0) return;
  const found = await prisma.jabatan.count({ where: { id: { in: ids }, aktif: true, opd: { instansiId } } });
  if (found !== ids.length) refuse(field, 'Ada jabatan penerima yang tidak dikenal atau tidak aktif.');
}

export async function assertKlasifikasiKnown(instansiId: string, klasifikasiArsipId: string | null): Promise<void> {
  if (!klasifikasiArsipId) return;
  const found = await prisma.klasifikasiArsip.count({ where: { id: klasifikasiArsipId, instansiId, aktif: true } });
  if (found === 0) refuse('klasifikasiArsipId', 'Klasifikasi arsip tidak dikenal.');
}

/**
 * Petugas picked from the pegawai search carry the pegawai's id; it must be a pegawai of the same
 * instansi (a forged or foreign id is refused). Inactive pegawai stay accepted: a draft written
 * before someone retired still saves.
 */
export async function assertPetugasPegawaiKnown(instansiId: string, konten: Record<string, unknown>): Promise<void> {
  const ids = pegawaiIdsOf(konten.petugas);
  if (ids.length === 0) return;
  const refusal = 'Ada petugas yang tidak dikenal sebagai pegawai instansi ini. Hapus lalu tambahkan lagi dari pencarian pegawai, atau tambahkan secara manual.';
  if (!ids.every((id): id is string => typeof id === 'string' && z.uuid().safeParse(id).success)) refuse('petugas', refusal);
  const found = await prisma.pegawai.count({ where: { id: { in: ids as string[] }, instansiId } });
  if (found !== ids.length) refuse('petugas', refusal);
}
