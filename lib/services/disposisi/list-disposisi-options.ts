import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { eligibleRecipients } from '@/lib/domain/disposisi/tree';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';

const RECENT_LIMIT = 4;

/**
 * What the disposisi form offers: the posts below the giver (with who holds them today), the
 * giver's most recent recipients first for the one-tap case on a phone, the post's saved presets,
 * and the OPD's instructions.
 */
export async function listDisposisiOptions(actor: Actor) {
  assertCan(actor, 'disposisi.give');
  const post = actor.activePost!;
  const today = new Date(`${calendarDay(new Date())}T00:00:00Z`);

  const [tree, instruksi, recent, presets] = await Promise.all([
    // The OPD's whole tree with today's holder of each post, in one statement: the tree rules need
    // every post, the form shows the eligible ones, and an OPD holds tens of posts, not thousands.
    prisma.jabatan.findMany({
      where: { opdId: post.opdId },
      orderBy: [{ level: 'asc' }, { urutan: 'asc' }, { nama: 'asc' }],
      select: {
        id: true,
        parentId: true,
        opdId: true,
        aktif: true,
        dapatMewakiliAtasan: true,
        nama: true,
        namaSingkat: true,
        level: true,
        penugasan: {
          where: { mulai: { lte: today }, OR: [{ selesai: null }, { selesai: { gte: today } }] },
          orderBy: { jenis: 'asc' },
          take: 1,
          select: { jenis: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } },
        },
      },
    }),
    prisma.instruksiDisposisi.findMany({ where: { opdId: post.opdId, aktif: true }, orderBy: [{ urutan: 'asc' }, { teks: 'asc' }], select: { teks: true } }),
    // The giver's latest disposisi through its (dariJabatanId, createdAt) index: a pimpinan with a
    // million past disposisi pays for 20 rows, not a join over all of them.
    prisma.disposisi.findMany({
      where: { dariJabatanId: post.jabatanId },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: { penerima: { select: { jabatanId: true } } },
    }),
    prisma.presetDisposisi.findMany({ where: { jabatanId: post.jabatanId }, orderBy: { createdAt: 'asc' }, select: { id: true, nama: true, penerimaJabatanIds: true, instruksi: true, catatan: true, batasHari: true } }),
  ]);

  const index = new Map(tree.map((j) => [j.id, j] as const));
  const recipients = eligibleRecipients(index, post.jabatanId)
    .map((id) => index.get(id)!)
    .map((j) => ({
      jabatanId: j.id,
      nama: j.nama,
      namaSingkat: j.namaSingkat,
      level: j.level,
      pemegang: j.penugasan[0] ? `${j.penugasan[0].jenis === 'DEFINITIF' ? '' : `${j.penugasan[0].jenis === 'PLT' ? 'Plt.' : 'Plh.'} `}${namaLengkap(j.penugasan[0].pegawai)}` : null,
    }));
  const allowed = new Set(recipients.map((r) => r.jabatanId));
  // Recent recipients first; the direct subordinates fill the remaining places (a new pejabat has no history).
  const direct = recipients.filter((r) => index.get(r.jabatanId)?.parentId === post.jabatanId).map((r) => r.jabatanId);
  const recentIds = recent.flatMap((d) => d.penerima.map((p) => p.jabatanId)).filter((id) => allowed.has(id));
  const quick = [...new Set([...recentIds, ...direct])].slice(0, RECENT_LIMIT);

  // A preset keeps only what is still valid today (a post may have moved or an instruction retired).
  const teks = new Set(instruksi.map((i) => i.teks));
  const presetsValid = presets
    .map((p) => ({ id: p.id, nama: p.nama, penerima: p.penerimaJabatanIds.filter((id) => allowed.has(id)), instruksi: p.instruksi.filter((t) => teks.has(t)), catatan: p.catatan, batasHari: p.batasHari }))
    .filter((p) => p.penerima.length > 0);

  return { recipients, quickRecipientIds: quick, instruksi: instruksi.map((i) => i.teks), presets: presetsValid };
}

export type DisposisiOptions = Awaited<ReturnType<typeof listDisposisiOptions>>;
