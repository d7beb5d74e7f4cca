import { prisma } from '@/lib/db';
import { literalLike } from '@/lib/domain/input/like';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import { berlakuPadaFilter, calendarDay } from '@/lib/domain/jabatan/acting';
import type { Petugas } from '@/lib/domain/naskah/konten';
import { cariPegawaiSchema, petugasFromPegawai } from '@/lib/domain/naskah/petugas';
import { normalizeNip } from '@/lib/domain/pegawai/nip';

export const PETUGAS_SEARCH_LIMIT = 10;

export interface PegawaiPetugasHit {
  pegawaiId: string;
  /** The row as it would be printed. */
  petugas: Petugas;
  /** Home OPD of the person, shown so the drafter can tell namesakes apart. */
  opdNama: string;
  opdSendiri: boolean;
}

/**
 * "Tambah dari pegawai" in the Surat Tugas / Surat Perintah editor: active pegawai of the drafter's
 * instansi (own OPD first: people of other OPDs of the same pemda are often assigned too), matched
 * by every word of the name or by the start of the NIP. Only what is printed leaves the server
 * (never NIK, e-mail or the password hash).
 */
export async function searchPegawaiPetugas(actor: Actor, input: unknown, now = new Date()): Promise<PegawaiPetugasHit[]> {
  assertCan(actor, 'naskah.draft');
  const parsed = cariPegawaiSchema.safeParse(input);
  if (!parsed.success) throw new DomainError(parsed.error.issues[0]!.message);
  const { q } = parsed.data;
  const opdNaskahId = actor.activePost!.opdId;

  const day = calendarDay(now);
  const words = q.split(/\s+/).slice(0, 5);
  const angka = normalizeNip(q);
  const match = /^\d+$/.test(angka) ? { nip: { startsWith: angka } } : { AND: words.map((w) => ({ nama: { contains: literalLike(w), mode: 'insensitive' as const } })) };
  const where = { instansiId: actor.instansiId, aktif: true, opd: { aktif: true }, ...match };
  const select = {
    id: true,
    nama: true,
    gelarDepan: true,
    gelarBelakang: true,
    nip: true,
    golongan: true,
    opd: { select: { id: true, nama: true } },
    penugasan: {
      where: { jenis: 'DEFINITIF' as const, ...berlakuPadaFilter(day) },
      orderBy: { mulai: 'desc' as const },
      take: 1,
      select: { jabatan: { select: { nama: true, opdId: true, opd: { select: { nama: true } } } } },
    },
  };
  const orderBy = [{ nama: 'asc' as const }, { id: 'asc' as const }];

  const own = await prisma.pegawai.findMany({ where: { ...where, opdId: opdNaskahId }, orderBy, take: PETUGAS_SEARCH_LIMIT, select });
  const others =
    own.length < PETUGAS_SEARCH_LIMIT
      ? await prisma.pegawai.findMany({ where: { ...where, opdId: { not: opdNaskahId } }, orderBy, take: PETUGAS_SEARCH_LIMIT - own.length, select })
      : [];

  return [...own, ...others].map((p) => {
    const post = p.penugasan[0]?.jabatan;
    return {
      pegawaiId: p.id,
      petugas: petugasFromPegawai(p, post ? { nama: post.nama, opdId: post.opdId, opdNama: post.opd.nama } : null, opdNaskahId),
      opdNama: p.opd.nama,
      opdSendiri: p.opd.id === opdNaskahId,
    };
  });
}
