import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahDraftScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { isJenisDidukung } from '@/lib/domain/naskah/konten';
import { checkTurn, currentPutaran } from '@/lib/domain/naskah/review-chain';
import { isEditableByDrafter, nextStatus } from '@/lib/domain/naskah/state-machine';
import type { Prisma } from '@/lib/generated/prisma/client';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';

const select = {
  id: true,
  opdId: true,
  jenis: true,
  status: true,
  perihal: true,
  konten: true,
  rantaiParafKonsep: true,
  versiTerakhir: true,
  klasifikasiArsipId: true,
  klasifikasiKeamanan: true,
  derajatKecepatan: true,
  lampiranJumlah: true,
  lampiranKeterangan: true,
  penandatanganJabatanId: true,
  caraTandaTangan: true,
  atasNamaJabatanId: true,
  pembuatJabatanId: true,
  updatedAt: true,
  pembuatJabatan: { select: { nama: true, namaSingkat: true } },
  penandatanganJabatan: { select: { nama: true, namaSingkat: true } },
  atasNamaJabatan: { select: { nama: true } },
  klasifikasiArsip: { select: { kode: true, nama: true } },
  penerima: {
    orderBy: [{ jenis: 'asc' as const }, { urutan: 'asc' as const }],
    select: { jenis: true, jabatanId: true, namaEksternal: true, alamatEksternal: true, jabatan: { select: { nama: true, opdId: true, opd: { select: { nama: true, singkatan: true } } } } },
  },
  verifikasi: {
    orderBy: [{ putaran: 'asc' as const }, { urutan: 'asc' as const }],
    select: { id: true, jabatanId: true, putaran: true, urutan: true, status: true, catatan: true, actedAt: true, versi: true, jabatan: { select: { nama: true, namaSingkat: true } } },
  },
  versi: { orderBy: { versi: 'desc' }, select: { versi: true, perihal: true, catatan: true, createdAt: true, dibuatOlehJabatanId: true } },
  berkas: { where: { jenis: 'LAMPIRAN' }, orderBy: { createdAt: 'asc' }, select: { id: true, namaFile: true, ukuran: true } },
} satisfies Prisma.NaskahSelect;

/** A draft with its chain, versions and lampiran, plus what the actor may do with it now. */
export async function openNaskah(actor: Actor, naskahId: string) {
  const row = await prisma.naskah.findFirst({ where: { id: naskahId, ...naskahDraftScope(actor) }, select });
  if (!row || !isJenisDidukung(row.jenis)) throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  const jabatanId = actor.activePost?.jabatanId ?? null;
  const isDrafter = jabatanId === row.pembuatJabatanId;
  const isSigner = jabatanId === row.penandatanganJabatanId;
  const turn = jabatanId && row.status === 'VERIFIKASI' ? checkTurn(row.verifikasi, jabatanId) : null;
  const putaran = currentPutaran(row.verifikasi);
  const authors = await prisma.jabatan.findMany({
    where: { id: { in: [...new Set(row.versi.map((v) => v.dibuatOlehJabatanId).filter((id): id is string => id !== null))] } },
    select: { id: true, namaSingkat: true },
  });
  const authorName = new Map(authors.map((a) => [a.id, a.namaSingkat]));
  const returned = [...row.verifikasi].reverse().find((s) => s.status === 'DIKEMBALIKAN');
  return {
    ...row,
    jenis: row.jenis,
    putaran,
    versi: row.versi.map((v) => ({ ...v, oleh: v.dibuatOlehJabatanId ? (authorName.get(v.dibuatOlehJabatanId) ?? null) : null })),
    /** The notes of the latest return, shown to the drafter while it is DIKEMBALIKAN. */
    catatanPengembalian: row.status === 'DIKEMBALIKAN' && returned ? { catatan: returned.catatan, oleh: returned.jabatan.namaSingkat, pada: returned.actedAt } : null,
    peran: {
      isDrafter,
      isSigner,
      canEdit: isDrafter && isEditableByDrafter(row.status),
      canWithdraw: isDrafter && nextStatus(row.status, 'tarik') !== null,
      canCancel: isDrafter && nextStatus(row.status, 'batalkan') !== null,
      myTurn: turn?.ok === true,
      lastInChain: turn?.ok === true && turn.last,
      canReturnAsSigner: isSigner && row.status === 'MENUNGGU_TANDA_TANGAN',
    },
  };
}
export type NaskahDetail = Awaited<ReturnType<typeof openNaskah>>;
