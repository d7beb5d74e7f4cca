import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { naskahVisibleScope, readablePostIds } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { canWithdraw, labelStatusDisposisi, statusTampil } from '@/lib/domain/disposisi/status';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { readDisposisiTree } from '@/lib/services/disposisi/read-disposisi-tree';

/**
 * A letter as its reader sees it, with the whole disposisi tree. Opening it marks the actor's
 * delivery and any disposisi to the actor's post as read (with the time), once.
 */
export async function openSurat(actor: Actor, naskahId: string, now = new Date()) {
  assertCan(actor, 'suratMasuk.read');
  const post = actor.activePost!;
  // The letter with its one-to-one parts and deliveries in one joined statement; its disposisi tree
  // in one flat statement (readDisposisiTree), both at once.
  const [head, disposisi] = await Promise.all([
    prisma.naskah.findFirst({
      where: { id: naskahId, ...naskahVisibleScope(actor) },
      include: {
        opd: { select: { nama: true, instansiId: true } },
        klasifikasiArsip: { select: { kode: true, nama: true } },
        berkasUtama: { select: { id: true, namaFile: true, mime: true, ukuran: true } },
        deliveries: { where: { jabatanId: { in: readablePostIds(actor) } }, select: { id: true, jabatanId: true, readAt: true, jenis: true } },
      },
    }),
    // Read alongside the letter, and used only when the letter itself is visible to the actor.
    readDisposisiTree(naskahId),
  ]);
  if (!head) throw new NotFoundError('Surat tidak ditemukan atau Anda tidak berwenang membukanya.');
  const naskah = { ...head, disposisi };

  const unreadDelivery = naskah.deliveries.find((d) => d.jabatanId === post.jabatanId && d.readAt === null);
  const unreadDisposisi = naskah.disposisi.flatMap((d) => d.penerima).filter((p) => p.jabatanId === post.jabatanId && p.status === 'BELUM_DIBACA');
  if (unreadDelivery || unreadDisposisi.length) {
    await prisma.$transaction(async (tx) => {
      if (unreadDelivery) {
        await tx.delivery.updateMany({ where: { id: unreadDelivery.id, readAt: null }, data: { readAt: now, readByPegawaiId: actor.pegawaiId } });
      }
      for (const p of unreadDisposisi) {
        await tx.penerimaDisposisi.updateMany({
          where: { id: p.id, status: 'BELUM_DIBACA' },
          data: { status: 'DIBACA', readAt: now, readByPegawaiId: actor.pegawaiId },
        });
      }
      await recordAudit(tx, actor, { instansiId: naskah.opd.instansiId, opdId: naskah.opdId, action: 'surat.read', entityType: 'Naskah', entityId: naskah.id });
    });
    for (const p of unreadDisposisi) Object.assign(p, { status: 'DIBACA', readAt: now });
  }

  const mine = naskah.disposisi.filter((d) => !d.ditarikAt).flatMap((d) => d.penerima).filter((p) => p.jabatanId === post.jabatanId);
  return {
    /** The post holds the letter (addressee, the pimpinan's sekretaris, or a disposisi recipient). */
    bisaDisposisi: naskah.deliveries.length > 0 || mine.length > 0,
    /** Open disposisi to the actor's post, for the tindak lanjut form. */
    disposisiUntukSaya: mine.filter((p) => p.status !== 'SELESAI' && p.status !== 'DITARIK').map((p) => p.id),
    jabatanSaya: post.jabatanId,
    id: naskah.id,
    perihal: naskah.perihal,
    nomor: naskah.nomor,
    tanggalNaskah: naskah.tanggalNaskah,
    sumber: naskah.sumber,
    pengirim: naskah.pengirimNama ?? naskah.opd.nama,
    pengirimAlamat: naskah.pengirimAlamat,
    nomorAgenda: naskah.nomorAgenda,
    tahunAgenda: naskah.tahunAgenda,
    tanggalDiterima: naskah.tanggalDiterima,
    sifat: naskah.sifat,
    klasifikasiKeamanan: naskah.klasifikasiKeamanan,
    derajatKecepatan: naskah.derajatKecepatan,
    lampiranJumlah: naskah.lampiranJumlah,
    klasifikasiArsip: naskah.klasifikasiArsip,
    berkas: naskah.berkasUtama,
    opdId: naskah.opdId,
    disposisi: naskah.disposisi.map((d) => ({
      id: d.id,
      dari: d.dariJabatan,
      bisaDitarik: d.dariJabatan.id === post.jabatanId && !d.ditarikAt && canWithdraw(d.penerima.map((p) => p.status)),
      instruksi: d.instruksi,
      catatan: d.catatan,
      batasWaktu: d.batasWaktu,
      derajatKecepatan: d.derajatKecepatan,
      createdAt: d.createdAt,
      ditarikAt: d.ditarikAt,
      parentPenerimaId: d.parentPenerimaId,
      penerima: d.penerima.map((p) => ({
        id: p.id,
        jabatan: p.jabatan,
        status: statusTampil(p.status, p.batasWaktu, now),
        label: labelStatusDisposisi(p.status, p.batasWaktu, now),
        readAt: p.readAt,
        selesaiAt: p.selesaiAt,
        tindakLanjut: p.tindakLanjut.map((t) => ({ id: t.id, catatan: t.catatan, selesai: t.selesai, createdAt: t.createdAt, berkas: t.berkas })),
      })),
    })),
  };
}

export type SuratView = Awaited<ReturnType<typeof openSurat>>;
