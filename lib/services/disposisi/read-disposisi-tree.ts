import { queryRows } from '@/lib/db/query-rows';
import { Prisma, type DerajatKecepatan, type StatusDisposisi } from '@/lib/generated/prisma/client';

interface TreeRow {
  dId: string;
  instruksi: string[];
  dCatatan: string | null;
  dBatas: Date | null;
  derajatKecepatan: DerajatKecepatan;
  dAt: Date;
  ditarikAt: Date | null;
  parentPenerimaId: string | null;
  dariId: string;
  dariNama: string;
  pId: string | null;
  pJabatanId: string | null;
  pJabatanNama: string | null;
  status: StatusDisposisi | null;
  pBatas: Date | null;
  readAt: Date | null;
  selesaiAt: Date | null;
  tId: string | null;
  tCatatan: string | null;
  selesai: boolean | null;
  tAt: Date | null;
  bId: string | null;
  namaFile: string | null;
}

export interface TindakLanjutNode {
  id: string;
  catatan: string;
  selesai: boolean;
  createdAt: Date;
  berkas: { id: string; namaFile: string }[];
}

export interface PenerimaNode {
  id: string;
  jabatanId: string;
  jabatan: { id: string; nama: string };
  status: StatusDisposisi;
  batasWaktu: Date | null;
  readAt: Date | null;
  selesaiAt: Date | null;
  tindakLanjut: TindakLanjutNode[];
}

export interface DisposisiNode {
  id: string;
  dariJabatan: { id: string; nama: string };
  instruksi: string[];
  catatan: string | null;
  batasWaktu: Date | null;
  derajatKecepatan: DerajatKecepatan;
  createdAt: Date;
  ditarikAt: Date | null;
  parentPenerimaId: string | null;
  penerima: PenerimaNode[];
}

/** The tree's statement, exported so bench/prepared-statements.ts times exactly what the page runs. */
export function disposisiTreeSql(naskahId: string): Prisma.Sql {
  return Prisma.sql`/* prepared */
    SELECT d.id AS "dId", d.instruksi, d.catatan AS "dCatatan", d."batasWaktu" AS "dBatas", d."derajatKecepatan", d."createdAt" AS "dAt",
           d."ditarikAt", d."parentPenerimaId", dj.id AS "dariId", dj.nama AS "dariNama",
           p.id AS "pId", p."jabatanId" AS "pJabatanId", pj.nama AS "pJabatanNama", p.status, p."batasWaktu" AS "pBatas", p."readAt", p."selesaiAt",
           t.id AS "tId", t.catatan AS "tCatatan", t.selesai, t."createdAt" AS "tAt", b.id AS "bId", b."namaFile"
    FROM "Disposisi" d
    JOIN "Jabatan" dj ON dj.id = d."dariJabatanId"
    LEFT JOIN "PenerimaDisposisi" p ON p."disposisiId" = d.id
    LEFT JOIN "Jabatan" pj ON pj.id = p."jabatanId"
    LEFT JOIN "TindakLanjut" t ON t."penerimaDisposisiId" = p.id
    LEFT JOIN "Berkas" b ON b."tindakLanjutId" = t.id
    WHERE d."naskahId" = ${naskahId}::uuid
    ORDER BY d."createdAt", d.id, p."createdAt", p.id, t."createdAt", t.id, b."createdAt", b.id`;
}

/**
 * A letter's whole disposisi tree (givers, recipients, their reports and the reports' files), oldest
 * first at every level (the rows of one statement share a time: then by id), in one flat indexed
 * statement. Loaded by Prisma relation by relation it was six statements, and each costs the server
 * about a millisecond of CPU before any row comes back. Prepared (lib/db/statement-name.ts): one
 * letter's tree is planned the same whatever the letter, and planning the join cost another millisecond.
 * Callers check first that the actor may read the letter.
 */
export async function readDisposisiTree(naskahId: string): Promise<DisposisiNode[]> {
  const rows = await queryRows<TreeRow>(disposisiTreeSql(naskahId));

  const tree: DisposisiNode[] = [];
  const disposisi = new Map<string, DisposisiNode>();
  const penerima = new Map<string, PenerimaNode>();
  const tindakLanjut = new Map<string, TindakLanjutNode>();
  for (const row of rows) {
    let d = disposisi.get(row.dId);
    if (!d) {
      d = {
        id: row.dId,
        dariJabatan: { id: row.dariId, nama: row.dariNama },
        instruksi: row.instruksi,
        catatan: row.dCatatan,
        batasWaktu: row.dBatas,
        derajatKecepatan: row.derajatKecepatan,
        createdAt: row.dAt,
        ditarikAt: row.ditarikAt,
        parentPenerimaId: row.parentPenerimaId,
        penerima: [],
      };
      disposisi.set(d.id, d);
      tree.push(d);
    }
    if (!row.pId) continue;
    let p = penerima.get(row.pId);
    if (!p) {
      p = {
        id: row.pId,
        jabatanId: row.pJabatanId!,
        jabatan: { id: row.pJabatanId!, nama: row.pJabatanNama! },
        status: row.status!,
        batasWaktu: row.pBatas,
        readAt: row.readAt,
        selesaiAt: row.selesaiAt,
        tindakLanjut: [],
      };
      penerima.set(p.id, p);
      d.penerima.push(p);
    }
    if (!row.tId) continue;
    let t = tindakLanjut.get(row.tId);
    if (!t) {
      t = { id: row.tId, catatan: row.tCatatan!, selesai: row.selesai!, createdAt: row.tAt!, berkas: [] };
      tindakLanjut.set(t.id, t);
      p.tindakLanjut.push(t);
    }
    if (row.bId) t.berkas.push({ id: row.bId, namaFile: row.namaFile! });
  }
  return tree;
}
