import { prisma } from '@/lib/db';
import type { Actor, ActorPost } from '@/lib/authz/actor';
import { calendarDay, effectivePostsOf, type Penugasan } from '@/lib/domain/jabatan/acting';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The actor for a signed-in pegawai, read fresh from the database: a deactivated person or an
 * ended Plt. loses access on the next request, whatever the session cookie says.
 * A request from a session cookie passes its `sesiId`: the same query then also requires that
 * session to be open (not signed out, not ended by an admin, not past its absolute end), so
 * checking it costs no extra round trip.
 * Returns null when the person no longer exists, is inactive or the session is over.
 */
export async function loadActor(
  pegawaiId: string,
  options: { sesiId?: string; preferredJabatanId?: string | null; now?: Date; request?: Actor['request'] } = {},
): Promise<Actor | null> {
  const now = options.now ?? new Date();
  const today = calendarDay(now);
  if (!UUID.test(pegawaiId) || (options.sesiId !== undefined && !UUID.test(options.sesiId))) return null;
  const pegawai = await prisma.pegawai.findFirst({
    where: {
      id: pegawaiId,
      ...(options.sesiId !== undefined ? { sesi: { some: { id: options.sesiId, berakhirPada: null, kedaluwarsa: { gt: now } } } } : {}),
    },
    // Only what the actor carries: never the password hash, never columns a request does not use.
    select: {
      id: true,
      instansiId: true,
      opdId: true,
      nama: true,
      gelarDepan: true,
      gelarBelakang: true,
      nip: true,
      aktif: true,
      roleGrants: { select: { role: true, opdId: true } },
      penugasan: {
        where: { mulai: { lte: new Date(`${today}T00:00:00Z`) } },
        select: {
          pegawaiId: true,
          jabatanId: true,
          jenis: true,
          mulai: true,
          selesai: true,
          jabatan: {
            select: {
              id: true,
              opdId: true,
              nama: true,
              namaSingkat: true,
              jenis: true,
              level: true,
              isPimpinanOpd: true,
              parentId: true,
              dapatMewakiliAtasan: true,
              aktif: true,
              opd: { select: { nama: true } },
            },
          },
        },
      },
    },
  });
  if (!pegawai || !pegawai.aktif) return null;

  const penugasan: Penugasan[] = pegawai.penugasan
    .filter((p) => p.jabatan.aktif)
    .map((p) => ({
      pegawaiId: p.pegawaiId,
      jabatanId: p.jabatanId,
      jenis: p.jenis,
      mulai: isoDay(p.mulai),
      selesai: p.selesai ? isoDay(p.selesai) : null,
    }));
  const jabatanById = new Map(pegawai.penugasan.map((p) => [p.jabatanId, p.jabatan]));
  const posts: ActorPost[] = effectivePostsOf(penugasan, pegawai.id, today).map((p) => {
    const j = jabatanById.get(p.jabatanId)!;
    return {
      jabatanId: j.id,
      opdId: j.opdId,
      opdNama: j.opd.nama,
      nama: j.nama,
      namaSingkat: j.namaSingkat,
      jenisJabatan: j.jenis,
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
