import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { calendarDay, effectiveHoldersOf } from '@/lib/domain/jabatan/acting';
import { ancestorsOf, defaultChain, eligiblePenandatangan, eligibleVerifikator } from '@/lib/domain/naskah/review-chain';
import { listKlasifikasiUntukDaftar } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';
import { denganWilayah, wilayahInstansi } from '@/lib/domain/naskah/tanda-tangan';
import type { BlokTandaTanganPratinjau } from '@/lib/domain/naskah/blok-tanda-tangan';
import { namaLengkap, pangkatLabel } from '@/lib/domain/pegawai/golongan';
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
    select: {
      id: true,
      nama: true,
      namaSingkat: true,
      level: true,
      isPimpinanOpd: true,
      penugasan: { select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, nip: true, golongan: true } } } },
    },
  });
  const { instansi } = await prisma.opd.findUniqueOrThrow({ where: { id: post.opdId }, select: { instansi: { select: { nama: true } } } });
  // Printed as the PDF prints it (from-record.ts): a pimpinan OPD's post with the region.
  const jabatanCetak = (id: string) => (byId.get(id)!.isPimpinanOpd ? denganWilayah(byId.get(id)!.nama, wilayahInstansi(instansi.nama)) : byId.get(id)!.nama);
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
    const pegawai = holder ? j.penugasan.find((p) => p.pegawaiId === holder.pegawaiId)?.pegawai : null;
    return { id, nama: j.nama, namaSingkat: j.namaSingkat, level: j.level, pemegang: pegawai?.nama ?? null, jenisPemegang: holder?.jenis ?? null, pegawai: pegawai ?? null };
  };
  const atasNamaOf = (id: string) => {
    const superiors = ancestorsOf(index, id);
    const pimpinan = superiors[superiors.length - 1];
    if (!pimpinan || !byId.has(pimpinan.id)) return null;
    const cara = superiors.length === 1 ? ('AN' as const) : ('UB' as const);
    const perantara = cara === 'UB' && byId.has(superiors[0]!.id) ? jabatanCetak(superiors[0]!.id) : null;
    return { cara, pimpinanNama: byId.get(pimpinan.id)!.nama, blok: { cara, jabatan: jabatanCetak(id), atasNama: jabatanCetak(pimpinan.id), perantara } };
  };
  // The signature block as the PDF will print it, signed today (caraSaatTandaTangan): the holder's
  // full name, pangkat and NIP under the jabatan lines of either cara.
  const blokOf = (id: string, d: ReturnType<typeof describe>): BlokTandaTanganPratinjau => ({
    langsung: { cara: d.jenisPemegang && d.jenisPemegang !== 'DEFINITIF' ? d.jenisPemegang : 'LANGSUNG', jabatan: jabatanCetak(id) },
    nama: d.pegawai ? namaLengkap(d.pegawai) : null,
    pangkat: d.pegawai ? pangkatLabel(d.pegawai.golongan) : null,
    nip: d.pegawai?.nip ?? null,
  });
  // The holder's NIP and golongan reach the page only in the signer's block.
  const tanpaPegawai = (d: ReturnType<typeof describe>) => ({ id: d.id, nama: d.nama, namaSingkat: d.namaSingkat, level: d.level, pemegang: d.pemegang, jenisPemegang: d.jenisPemegang });
  const signers = eligiblePenandatangan(index, drafterJabatanId)
    .filter((id) => byId.has(id))
    .map((id) => {
      const d = describe(id);
      const atasNama = atasNamaOf(id);
      return {
        ...tanpaPegawai(d),
        /** a.n. is possible only below the pimpinan: a.n. one level down, u.b. further down. */
        atasNama: atasNama && { cara: atasNama.cara, pimpinanNama: atasNama.pimpinanNama },
        blok: { ...blokOf(id, d), atasNama: atasNama?.blok ?? null },
        defaultChain: defaultChain(index, drafterJabatanId, id),
        verifikator: eligibleVerifikator(index, drafterJabatanId, id).filter((v) => byId.has(v)).map((v) => tanpaPegawai(describe(v))),
      };
    });
  const klasifikasi = await listKlasifikasiUntukDaftar(actor.instansiId);
  return {
    signers,
    // Null when there are too many codes for a select: the editor has the kode typed.
    klasifikasi: klasifikasi?.map((k) => ({ id: k.id, label: `${k.kode} ${k.nama}` })) ?? null,
  };
}
export type DraftOptions = Awaited<ReturnType<typeof listDraftOptions>>;
