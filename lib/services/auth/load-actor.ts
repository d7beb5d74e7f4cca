import { queryRows } from '@/lib/db/query-rows';
import type { Actor, ActorPost } from '@/lib/authz/actor';
import { calendarDay, effectivePostsOf, type Penugasan } from '@/lib/domain/jabatan/acting';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { Prisma, type JenisJabatan, type JenisPenugasan, type Role } from '@/lib/generated/prisma/client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One post held on or before the day asked for, with its jabatan (active ones only). */
interface PenugasanRow {
  jabatanId: string;
  jenis: JenisPenugasan;
  /** DATE columns come out of json_build_object as 'YYYY-MM-DD'. */
  mulai: string;
  selesai: string | null;
  opdId: string;
  opdNama: string;
  nama: string;
  namaSingkat: string;
  jenisJabatan: JenisJabatan;
  level: number;
  isPimpinanOpd: boolean;
  parentId: string | null;
  dapatMewakiliAtasan: boolean;
}

interface ActorRow {
  id: string;
  instansiId: string;
  opdId: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string;
  aktif: boolean;
  roleGrants: { role: Role; opdId: string | null }[];
  penugasan: PenugasanRow[];
}

/**
 * The actor's statement, exported so bench/prepared-statements.ts times exactly what every page runs.
 * Only what the actor carries: never the password hash. With a session id, the person is found only
 * while that session is open (not signed out, not ended by an admin, not past its absolute end).
 * Posts come oldest first (uuid7 ids follow creation), so two posts of the same kind and start keep
 * one order on every request.
 */
export function actorSql(pegawaiId: string, sesiId: string | null, now: Date, today: string): Prisma.Sql {
  return Prisma.sql`/* prepared */
    SELECT p.id, p."instansiId", p."opdId", p.nama, p."gelarDepan", p."gelarBelakang", p.nip, p.aktif,
      (SELECT coalesce(json_agg(json_build_object('role', g.role, 'opdId', g."opdId") ORDER BY g.id), '[]'::json)
         FROM "RoleGrant" g WHERE g."pegawaiId" = p.id) AS "roleGrants",
      (SELECT coalesce(json_agg(json_build_object(
           'jabatanId', t."jabatanId", 'jenis', t.jenis, 'mulai', t.mulai, 'selesai', t.selesai,
           'opdId', j."opdId", 'opdNama', o.nama, 'nama', j.nama, 'namaSingkat', j."namaSingkat",
           'jenisJabatan', j.jenis, 'level', j.level, 'isPimpinanOpd', j."isPimpinanOpd", 'parentId', j."parentId",
           'dapatMewakiliAtasan', j."dapatMewakiliAtasan") ORDER BY t.mulai, t.id), '[]'::json)
         FROM "PenugasanJabatan" t
         JOIN "Jabatan" j ON j.id = t."jabatanId" AND j.aktif
         JOIN "Opd" o ON o.id = j."opdId"
         WHERE t."pegawaiId" = p.id AND t.mulai <= ${today}::date) AS penugasan
    FROM "Pegawai" p
    WHERE p.id = ${pegawaiId}::uuid
      AND (${sesiId}::uuid IS NULL OR EXISTS (
        SELECT 1 FROM "Sesi" s
        WHERE s.id = ${sesiId}::uuid AND s."pegawaiId" = p.id AND s."berakhirPada" IS NULL AND s.kedaluwarsa > ${now}))`;
}

/**
 * The actor for a signed-in pegawai, read fresh from the database: a deactivated person or an
 * ended Plt. loses access on the next request, whatever the session cookie says.
 * A request from a session cookie passes its `sesiId`: the same query then also requires that
 * session to be open, so checking it costs no extra round trip.
 * One prepared statement (lib/db/statement-name.ts): every signed-in page runs it, and its plan is a
 * primary-key lookup whatever the person; as Prisma's nested select it was planned on every request.
 * Returns null when the person no longer exists, is inactive or the session is over.
 */
export async function loadActor(
  pegawaiId: string,
  options: { sesiId?: string; preferredJabatanId?: string | null; now?: Date; request?: Actor['request'] } = {},
): Promise<Actor | null> {
  const now = options.now ?? new Date();
  const today = calendarDay(now);
  if (!UUID.test(pegawaiId) || (options.sesiId !== undefined && !UUID.test(options.sesiId))) return null;
  const [pegawai] = await queryRows<ActorRow>(actorSql(pegawaiId, options.sesiId ?? null, now, today), { primary: true });
  if (!pegawai || !pegawai.aktif) return null;

  const penugasan: Penugasan[] = pegawai.penugasan.map((p) => ({ pegawaiId: pegawai.id, jabatanId: p.jabatanId, jenis: p.jenis, mulai: p.mulai, selesai: p.selesai }));
  const jabatanById = new Map(pegawai.penugasan.map((p) => [p.jabatanId, p]));
  const posts: ActorPost[] = effectivePostsOf(penugasan, pegawai.id, today).map((p) => {
    const j = jabatanById.get(p.jabatanId)!;
    return {
      jabatanId: j.jabatanId,
      opdId: j.opdId,
      opdNama: j.opdNama,
      nama: j.nama,
      namaSingkat: j.namaSingkat,
      jenisJabatan: j.jenisJabatan,
      level: j.level,
      isPimpinanOpd: j.isPimpinanOpd,
      parentId: j.parentId,
      dapatMewakiliAtasan: j.dapatMewakiliAtasan,
      penugasan: p.jenis,
    };
  });
  const activePost = posts.find((p) => p.jabatanId === options.preferredJabatanId) ?? posts[0] ?? null;

  return {
    pegawaiId: pegawai.id,
    instansiId: pegawai.instansiId,
    opdId: pegawai.opdId,
    nama: namaLengkap(pegawai),
    nip: pegawai.nip,
    roles: pegawai.roleGrants.map((g) => ({ role: g.role, opdId: g.opdId })),
    posts,
    activePost,
    request: options.request,
  };
}
