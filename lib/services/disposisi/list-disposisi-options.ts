import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { eligibleRecipients } from '@/lib/domain/disposisi/tree';
import { actingPrefix, calendarDay } from '@/lib/domain/jabatan/acting';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { Prisma, type JenisPenugasan } from '@/lib/generated/prisma/client';

const RECENT_LIMIT = 4;

interface JabatanRow {
  id: string;
  parentId: string | null;
  opdId: string;
  aktif: boolean;
  dapatMewakiliAtasan: boolean;
  nama: string;
  namaSingkat: string;
  level: number;
  /** Today's holder: the definitif one before a Plt. before a Plh. (the enum's order). */
  pemegang: { jenis: JenisPenugasan; nama: string; gelarDepan: string | null; gelarBelakang: string | null } | null;
}

interface OptionsRow {
  /** StrukturVersi when the statement ran (null without its row: the tree is read every time). */
  versi: string | null;
  /** The OPD's posts, read only when `versi` is not the one the caller already holds. */
  tree: JabatanRow[] | null;
  instruksi: string[];
  /** Recipients of the giver's 20 latest disposisi, newest first. */
  recent: string[];
  presets: { id: string; nama: string; penerimaJabatanIds: string[]; instruksi: string[]; catatan: string | null; batasHari: number | null }[];
}

/**
 * The OPD's tree with today's holders as this server process last read it, and the structure's
 * version then (StrukturVersi, migration struktur_versi): a letter page reads the tree again only
 * when a jabatan, a penugasan or a holder's name changed since, or the day did. Read in the same
 * statement (one snapshot) as its version, so a tree is never kept under a version it does not hold.
 * Whether a disposisi may go to a post is checked again when it is given (giveDisposisi).
 */
const pohonTerbaca = new Map<string, { versi: string; tree: JabatanRow[] }>();
/** OPDs whose tree a process keeps: an instansi holds tens; past this, other days' go first. */
const POHON_MAKS = 500;

/**
 * The form's four reads in one prepared statement (lib/db/statement-name.ts), exported so
 * bench/prepared-statements.ts times exactly what the letter page runs: the OPD's whole tree with
 * today's holder of each post (the tree rules need every post; a provincial Dinas holds a hundred or
 * two with its staff), only when `versiDiketahui` is not the structure's version (pohonTerbaca),
 * its instructions, the recipients of the giver's latest disposisi through the (dariJabatanId,
 * createdAt) index (a pimpinan with a million past disposisi pays for 20), and the post's presets.
 * Every part is a lookup by an id, planned alike for any OPD and post. As four Prisma queries it was
 * four statements on every opening of a letter by a pejabat.
 */
export function disposisiOptionsSql(opdId: string, jabatanId: string, today: string, versiDiketahui: string | null = null): Prisma.Sql {
  // The tree's subquery is evaluated only when CASE asks for it.
  return Prisma.sql`/* prepared */
    SELECT
      v.versi::text AS versi,
      CASE WHEN v.versi IS NULL OR v.versi <> ${versiDiketahui ?? '-1'}::bigint THEN (SELECT coalesce(json_agg(json_build_object(
           'id', j.id, 'parentId', j."parentId", 'opdId', j."opdId", 'aktif', j.aktif, 'dapatMewakiliAtasan', j."dapatMewakiliAtasan",
           'nama', j.nama, 'namaSingkat', j."namaSingkat", 'level', j.level,
           'pemegang', (SELECT json_build_object('jenis', t.jenis, 'nama', g.nama, 'gelarDepan', g."gelarDepan", 'gelarBelakang', g."gelarBelakang")
                        FROM "PenugasanJabatan" t JOIN "Pegawai" g ON g.id = t."pegawaiId"
                        WHERE t."jabatanId" = j.id AND t.mulai <= ${today}::date AND (t.selesai IS NULL OR t.selesai >= ${today}::date)
                        ORDER BY t.jenis, t.id LIMIT 1)
         ) ORDER BY j.level, j.urutan, j.nama, j.id), '[]'::json)
       FROM "Jabatan" j WHERE j."opdId" = ${opdId}::uuid) END AS tree,
      (SELECT coalesce(json_agg(i.teks ORDER BY i.urutan, i.teks), '[]'::json)
       FROM "InstruksiDisposisi" i WHERE i."opdId" = ${opdId}::uuid AND i.aktif) AS instruksi,
      (SELECT coalesce(json_agg(p."jabatanId" ORDER BY d."createdAt" DESC, d.id DESC, p.id), '[]'::json)
       FROM (SELECT id, "createdAt" FROM "Disposisi" WHERE "dariJabatanId" = ${jabatanId}::uuid ORDER BY "createdAt" DESC LIMIT 20) d
       JOIN "PenerimaDisposisi" p ON p."disposisiId" = d.id) AS recent,
      (SELECT coalesce(json_agg(json_build_object(
           'id', pr.id, 'nama', pr.nama, 'penerimaJabatanIds', pr."penerimaJabatanIds", 'instruksi', pr.instruksi,
           'catatan', pr.catatan, 'batasHari', pr."batasHari") ORDER BY pr."createdAt", pr.id), '[]'::json)
       FROM "PresetDisposisi" pr WHERE pr."jabatanId" = ${jabatanId}::uuid) AS presets
    FROM (SELECT (SELECT "versi" FROM "StrukturVersi" WHERE "id" = 1) AS versi) v`;
}

/** The OPD's tree of today: the one this process holds when the structure has not changed since. */
async function bacaPilihan(opdId: string, jabatanId: string, today: string): Promise<Omit<OptionsRow, 'tree' | 'versi'> & { tree: JabatanRow[] }> {
  const kunci = `${opdId}:${today}`;
  const terbaca = pohonTerbaca.get(kunci);
  const [row] = await queryRows<OptionsRow>(disposisiOptionsSql(opdId, jabatanId, today, terbaca?.versi ?? null));
  const { versi, tree, ...lain } = row!;
  if (tree === null) return { ...lain, tree: terbaca!.tree };
  if (versi !== null) {
    if (pohonTerbaca.size >= POHON_MAKS) {
      for (const k of pohonTerbaca.keys()) if (!k.endsWith(`:${today}`)) pohonTerbaca.delete(k);
      if (pohonTerbaca.size >= POHON_MAKS) pohonTerbaca.clear();
    }
    pohonTerbaca.set(kunci, { versi, tree });
  }
  return { ...lain, tree };
}

/**
 * What the disposisi form offers: the posts below the giver (with who holds them today), the
 * giver's most recent recipients first for the one-tap case on a phone, the post's saved presets,
 * and the OPD's instructions.
 */
export async function listDisposisiOptions(actor: Actor) {
  assertCan(actor, 'disposisi.give');
  const post = actor.activePost!;
  const { tree, instruksi, recent, presets } = await bacaPilihan(post.opdId, post.jabatanId, calendarDay(new Date()));

  const index = new Map(tree.map((j) => [j.id, j] as const));
  const recipients = eligibleRecipients(index, post.jabatanId)
    .map((id) => index.get(id)!)
    .map((j) => ({
      jabatanId: j.id,
      nama: j.nama,
      namaSingkat: j.namaSingkat,
      level: j.level,
      pemegang: j.pemegang ? `${actingPrefix(j.pemegang.jenis)}${namaLengkap(j.pemegang)}` : null,
      // Staff posts repeat their names in every seksi (a Pengadministrasi Perkantoran in each): the
      // post above tells them apart. Not for the giver's own direct posts.
      induk: j.parentId && j.parentId !== post.jabatanId ? (index.get(j.parentId)?.namaSingkat ?? null) : null,
    }));
  const allowed = new Set(recipients.map((r) => r.jabatanId));
  // Recent recipients first; the direct subordinates fill the remaining places (a new pejabat has no history).
  const direct = recipients.filter((r) => index.get(r.jabatanId)?.parentId === post.jabatanId).map((r) => r.jabatanId);
  const recentIds = recent.filter((id) => allowed.has(id));
  const quick = [...new Set([...recentIds, ...direct])].slice(0, RECENT_LIMIT);

  // A preset keeps only what is still valid today (a post may have moved or an instruction retired).
  const teks = new Set(instruksi);
  const presetsValid = presets
    .map((p) => ({ id: p.id, nama: p.nama, penerima: p.penerimaJabatanIds.filter((id) => allowed.has(id)), instruksi: p.instruksi.filter((t) => teks.has(t)), catatan: p.catatan, batasHari: p.batasHari }))
    .filter((p) => p.penerima.length > 0);

  return { recipients, quickRecipientIds: quick, instruksi, presets: presetsValid };
}

export type DisposisiOptions = Awaited<ReturnType<typeof listDisposisiOptions>>;
