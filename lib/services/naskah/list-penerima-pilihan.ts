import { queryRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { polaMengandung } from '@/lib/domain/cari/query';
import { PENERIMA_PILIHAN_MIN } from '@/lib/domain/naskah/konsep-schema';
import { labelPilihanPenerima } from '@/lib/domain/naskah/penerima';

/** Posts offered at once under the tujuan or tembusan field. */
export const PENERIMA_PILIHAN_MAX = 8;

/**
 * The konsep editor's tujuan and tembusan suggestions as the drafter types: active posts of the
 * instansi whose "Nama (OPD)" holds the text (case ignored), the drafter's own OPD first. Asked on
 * typing (app/(app)/konsep/penerima): the editor carried every post of the instansi in its page,
 * which for a province (thousands of posts in dozens of OPD) is hundreds of kilobytes per konsep.
 */
export async function listPenerimaPilihan(actor: Actor, teks: string): Promise<{ id: string; label: string }[]> {
  assertCan(actor, 'naskah.draft');
  const kata = teks.trim();
  if (kata.length < PENERIMA_PILIHAN_MIN || !actor.activePost) return [];
  const rows = await queryRows<{ id: string; nama: string; singkatan: string }>(Prisma.sql`
    SELECT j.id, j.nama, o.singkatan FROM "Jabatan" j JOIN "Opd" o ON o.id = j."opdId"
    WHERE o."instansiId" = ${actor.instansiId}::uuid AND j.aktif
      AND (j.nama || ' (' || o.singkatan || ')') ILIKE ${polaMengandung(kata)}
    ORDER BY j."opdId" = ${actor.activePost.opdId}::uuid DESC, o.nama, j.level, j.urutan, j.nama
    LIMIT ${PENERIMA_PILIHAN_MAX}`);
  return rows.map((r) => ({ id: r.id, label: labelPilihanPenerima(r.nama, r.singkatan) }));
}
