import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { calendarDay, effectiveHoldersOf } from '@/lib/domain/jabatan/acting';
import { ancestorsOf, defaultChain, eligiblePenandatangan, eligibleVerifikator } from '@/lib/domain/naskah/review-chain';
import { listKlasifikasiUntukDaftar } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';
import { loadPostIndex } from './load-post-index';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * What the editor offers the drafter: signers above them (with who signs today, Plt./Plh.), for each
 * signer the default chain and the posts that may be added, and archive codes (all of them while a select
 * can hold them). Recipients are asked as the drafter types (listPenerimaPilihan): an instansi has too
 * many posts to carry them all.
 */
export async function listDraftOptions(actor: Actor, drafterJabatanId: string, now = new Date()) {
  assertCan(actor, 'naskah.draft');
  const post = actor.activePost!;
  const index = await loadPostIndex(post.opdId);
  const jabatan = await prisma.jabatan.findMany({
    where: { opdId: post.opdId, aktif: true },
    select: { id: true, nama: true, namaSingkat: true, level: true, penugasan: { select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true, pegawai: { select: { nama: true } } } } },
  });
  const today = calendarDay(now);
  const byId = new Map(jabatan.map((j) => [j.id, j]));
  const describe = (id: string) => {
    const j = byId.get(id)!;
    const holders = effectiveHoldersOf(
      j.penugasan.map((p) => ({ ...p, mulai: day(p.mulai), selesai: p.selesai ? day(p.selesai) : null })),
      id,
      today,
    );
    const holder = holders.find((h) => h.jenis === 'PLH') ?? holders[0];
    const nama = holder ? j.penugasan.find((p) => p.pegawaiId === holder.pegawaiId)?.pegawai.nama : null;
    return { id, nama: j.nama, namaSingkat: j.namaSingkat, level: j.level, pemegang: nama ?? null, jenisPemegang: holder?.jenis ?? null };
  };
  const atasNamaOf = (id: string) => {
    const superiors = ancestorsOf(index, id);
    const pimpinan = superiors[superiors.length - 1];
    if (!pimpinan || !byId.has(pimpinan.id)) return null;
    return { cara: superiors.length === 1 ? ('AN' as const) : ('UB' as const), pimpinanNama: byId.get(pimpinan.id)!.nama };
  };
  const signers = eligiblePenandatangan(index, drafterJabatanId)
    .filter((id) => byId.has(id))
    .map((id) => ({
      ...describe(id),
      /** a.n. is possible only below the pimpinan: a.n. one level down, u.b. further down. */
      atasNama: atasNamaOf(id),
      defaultChain: defaultChain(index, drafterJabatanId, id),
      verifikator: eligibleVerifikator(index, drafterJabatanId, id).filter((v) => byId.has(v)).map(describe),
    }));
  const klasifikasi = await listKlasifikasiUntukDaftar(actor.instansiId);
  return {
    signers,
    // Null when there are too many codes for a select: the editor has the kode typed.
    klasifikasi: klasifikasi?.map((k) => ({ id: k.id, label: `${k.kode} ${k.nama}` })) ?? null,
  };
}
export type DraftOptions = Awaited<ReturnType<typeof listDraftOptions>>;
