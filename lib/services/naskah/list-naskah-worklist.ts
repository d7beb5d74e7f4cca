import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import type { Permission } from '@/lib/authz/permissions';
import { assertCan } from '@/lib/authz/policy';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import { decodeWorklistCursor, encodeWorklistCursor, type WorklistCursor } from '@/lib/domain/naskah/worklist-cursor';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DerajatKecepatan, JenisNaskah, KlasifikasiKeamanan, StatusNaskah } from '@/lib/generated/prisma/enums';

export type NaskahWorklist = 'konsep' | 'dibatalkan' | 'verifikasi' | 'tandaTangan' | 'arsip' | 'sudahDitandatangani' | 'terkirim';

/** How a list is sorted: most urgent then most recently changed, recently changed, or newest signed. */
type Urutan = 'mendesak' | 'diubah' | 'ditandatangani';

/** A naskah table alias: a constant in this file, never input. */
type Alias = 'n' | 'v' | 't' | 'k';

// Each worklist is a permission, a filter on the post the actor acts as (SQL on the naskah aliased
// `a`), and an order. Whose turn it is lives on the naskah (giliranJabatanId, kept by the database
// with review-chain.ts' currentStep rule), so Perlu Verifikasi and Perlu Tanda Tangan are one index
// range (giliranJabatanId, status, derajatKecepatan, updatedAt, id). The badge counts
// (countWorklists) count with these same rules.
// A list with two ways in (Arsip: drafted by the post, or signed by it) has an arm for each, so each
// is one range of its own index; the rule is the arms ORed.
const WORKLISTS: Record<NaskahWorklist, { permission: Permission; urutan: Urutan; where: (jabatanId: string, a: Alias) => Prisma.Sql; arms?: (jabatanId: string, a: Alias) => Prisma.Sql[] }> = {
  konsep: {
    permission: 'naskah.draft',
    urutan: 'diubah',
    where: (j, a) => Prisma.sql`${col(a, 'sumber')} = 'INTERNAL' AND ${col(a, 'pembuatJabatanId')} = ${j}::uuid AND ${col(a, 'status')} IN ('KONSEP', 'DIKEMBALIKAN', 'VERIFIKASI', 'MENUNGGU_TANDA_TANGAN')`,
  },
  dibatalkan: {
    permission: 'naskah.draft',
    urutan: 'diubah',
    where: (j, a) => Prisma.sql`${col(a, 'sumber')} = 'INTERNAL' AND ${col(a, 'pembuatJabatanId')} = ${j}::uuid AND ${col(a, 'status')} = 'DIBATALKAN'`,
  },
  verifikasi: {
    permission: 'naskah.verify',
    urutan: 'mendesak',
    where: (j, a) => Prisma.sql`${col(a, 'giliranJabatanId')} = ${j}::uuid AND ${col(a, 'status')} = 'VERIFIKASI'`,
  },
  tandaTangan: {
    permission: 'naskah.sign',
    urutan: 'mendesak',
    where: (j, a) => Prisma.sql`${col(a, 'giliranJabatanId')} = ${j}::uuid AND ${col(a, 'status')} = 'MENUNGGU_TANDA_TANGAN'`,
  },
  arsip: {
    permission: 'arsip.read',
    urutan: 'ditandatangani',
    where: (j, a) => Prisma.sql`(${Prisma.join(WORKLISTS.arsip.arms!(j, a), ' OR ')})`,
    arms: (j, a) => [
      Prisma.sql`${col(a, 'pembuatJabatanId')} = ${j}::uuid AND ${col(a, 'status')} = 'DITANDATANGANI'`,
      Prisma.sql`${col(a, 'penandatanganJabatanId')} = ${j}::uuid AND ${col(a, 'status')} = 'DITANDATANGANI'`,
    ],
  },
  sudahDitandatangani: {
    permission: 'naskah.sign',
    urutan: 'ditandatangani',
    where: (j, a) => Prisma.sql`${col(a, 'sumber')} = 'INTERNAL' AND ${col(a, 'penandatanganJabatanId')} = ${j}::uuid AND ${col(a, 'status')} = 'DITANDATANGANI'`,
  },
  terkirim: {
    permission: 'naskah.draft',
    urutan: 'ditandatangani',
    where: (j, a) => Prisma.sql`${col(a, 'sumber')} = 'INTERNAL' AND ${col(a, 'pembuatJabatanId')} = ${j}::uuid AND ${col(a, 'status')} = 'DITANDATANGANI'`,
  },
};

function col(a: Alias, column: string): Prisma.Sql {
  return Prisma.raw(`${a}."${column}"`);
}

// Every order ends in id, so rows with the same time keep one order and a page never repeats one.
// The enum compares in its declared order, BIASA < SEGERA < SANGAT_SEGERA.
const ORDER: Record<Urutan, Prisma.Sql> = {
  mendesak: Prisma.sql`n."derajatKecepatan" DESC, n."updatedAt" DESC, n.id DESC`,
  diubah: Prisma.sql`n."updatedAt" DESC, n.id DESC`,
  ditandatangani: Prisma.sql`n."ditandatanganiPada" DESC, n.id DESC`,
};

/** "After this cursor" in the list's order: one row comparison, which an index on the same columns starts at. */
function afterSql(urutan: Urutan, cursor: WorklistCursor): Prisma.Sql {
  const at = new Date(cursor.d);
  if (urutan === 'mendesak') {
    return Prisma.sql`(n."derajatKecepatan", n."updatedAt", n.id) < (${cursor.k ?? 'BIASA'}::"DerajatKecepatan", ${at}, ${cursor.id}::uuid)`;
  }
  return urutan === 'diubah' ? Prisma.sql`(n."updatedAt", n.id) < (${at}, ${cursor.id}::uuid)` : Prisma.sql`(n."ditandatanganiPada", n.id) < (${at}, ${cursor.id}::uuid)`;
}

interface Row {
  id: string;
  jenis: JenisNaskah | null;
  perihal: string;
  nomor: string | null;
  status: StatusNaskah;
  derajatKecepatan: DerajatKecepatan;
  klasifikasiKeamanan: KlasifikasiKeamanan;
  updatedAt: Date;
  ditandatanganiPada: Date | null;
  tanggalNaskah: Date | null;
  pembuatJabatanId: string | null;
  pembuat: string | null;
  giliran: string | null;
  giliranJabatanId: string | null;
}

/**
 * One keyset page of a worklist of the post the actor acts as, in the list's own order (urgent
 * lists: most urgent, then most recently changed; signed lists: newest signed first). Each row
 * carries its drafter's post and, while it waits for paraf, whose paraf it waits for. Raw SQL: the
 * signer opens Perlu Tanda Tangan all day, and Prisma's nested select with the verifikasi chain
 * cost the server more CPU than the database spent on it.
 */
export async function listNaskahWorklistPage(actor: Actor, worklist: NaskahWorklist, { cursor: rawCursor, take = BARIS_PER_HALAMAN }: { cursor?: string | null; take?: number } = {}) {
  const { permission, urutan, where, arms } = WORKLISTS[worklist];
  assertCan(actor, permission);
  const jabatanId = actor.activePost!.jabatanId;
  const cursor = decodeWorklistCursor(rawCursor);
  const after = cursor ? [afterSql(urutan, cursor)] : [];
  // Each arm's own page, on the naskah alone so its index gives the order (with the joins beside it,
  // the planner misjudged a Kepala's 12,500 signed naskah as 35 and sorted them all: 17 ms), merged
  // (UNION drops a naskah both arms hold) and cut to one page again.
  const from = Prisma.sql`(${Prisma.join(
    (arms ?? ((j: string, a: Alias) => [where(j, a)]))(jabatanId, 'n').map(
      (arm) => Prisma.sql`(SELECT n.id FROM "Naskah" n WHERE ${Prisma.join([arm, ...after], ' AND ')} ORDER BY ${ORDER[urutan]} LIMIT ${take + 1})`,
    ),
    ' UNION ',
  )}) pilih JOIN "Naskah" n ON n.id = pilih.id`;
  const rows = await queryRows<Row>(Prisma.sql`
    SELECT n.id, n.jenis, n.perihal, n.nomor, n.status, n."derajatKecepatan", n."klasifikasiKeamanan", n."updatedAt",
      n."ditandatanganiPada", n."tanggalNaskah", n."pembuatJabatanId", p."namaSingkat" AS pembuat,
      CASE WHEN n.status = 'VERIFIKASI' THEN g."namaSingkat" END AS giliran,
      CASE WHEN n.status = 'VERIFIKASI' THEN n."giliranJabatanId" END AS "giliranJabatanId"
    FROM ${from}
    LEFT JOIN "Jabatan" p ON p.id = n."pembuatJabatanId"
    LEFT JOIN "Jabatan" g ON g.id = n."giliranJabatanId"
    WHERE ${Prisma.join([where(jabatanId, 'n'), ...after], ' AND ')}
    ORDER BY ${ORDER[urutan]}
    LIMIT ${take + 1}`);
  const shown = rows.slice(0, take);
  const last = shown.at(-1);
  const lastAt = last && (urutan === 'ditandatangani' ? last.ditandatanganiPada : last.updatedAt);
  const nextCursor =
    rows.length > take && last && lastAt
      ? encodeWorklistCursor({ ...(urutan === 'mendesak' && { k: last.derajatKecepatan }), d: lastAt.toISOString(), id: last.id })
      : null;
  return { nextCursor, rows: shown };
}

/** The first page of a worklist (or the page after `cursor`), rows only. */
export async function listNaskahWorklist(actor: Actor, worklist: NaskahWorklist, options: { cursor?: string | null; take?: number } = {}) {
  return (await listNaskahWorklistPage(actor, worklist, options)).rows;
}

/** A worklist's rule as SQL on the naskah aliased `alias`, for counts inside one statement (countWorklists). */
export function worklistSql(worklist: NaskahWorklist, jabatanId: string, alias: Alias): Prisma.Sql {
  return WORKLISTS[worklist].where(jabatanId, alias);
}

/** How many naskah wait for this post's paraf now: one count over the whose-turn index. */
export async function countPerluVerifikasi(actor: Actor): Promise<number> {
  const jabatanId = actor.activePost?.jabatanId;
  if (!jabatanId) return 0;
  const [{ n }] = await queryRows<{ n: number }>(Prisma.sql`/* prepared */ SELECT count(*)::int AS n FROM "Naskah" v WHERE ${worklistSql('verifikasi', jabatanId, 'v')}`);
  return n;
}
