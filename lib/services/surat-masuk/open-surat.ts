import { prisma } from '@/lib/db';
import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';
import { readablePostIds } from '@/lib/authz/scope';
import { naskahVisibleSql, uuidArray } from '@/lib/authz/scope-sql';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DerajatKecepatan, KlasifikasiKeamanan, SumberNaskah } from '@/lib/generated/prisma/enums';
import { NotFoundError } from '@/lib/domain/errors';
import { daftarAsalSurat } from '@/lib/domain/surat-masuk/daftar-asal';
import { canWithdraw, labelStatusDisposisi, statusTampil } from '@/lib/domain/disposisi/status';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { readDisposisiTree } from '@/lib/services/disposisi/read-disposisi-tree';

interface HeadRow {
  id: string;
  opdId: string;
  sumber: SumberNaskah;
  nomor: string | null;
  tanggalNaskah: Date | null;
  perihal: string;
  lampiranJumlah: number;
  klasifikasiKeamanan: KlasifikasiKeamanan;
  derajatKecepatan: DerajatKecepatan;
  nomorAgenda: number | null;
  tahunAgenda: number | null;
  tanggalDiterima: Date | null;
  pengirimNama: string | null;
  pengirimAlamat: string | null;
  sifat: string | null;
  opdNama: string;
  instansiId: string;
  klasifikasiKode: string | null;
  klasifikasiNama: string | null;
  berkasId: string | null;
  berkasNamaFile: string | null;
  berkasMime: string | null;
  berkasUkuran: number | null;
  /** The acting post's own delivery while it is unread. */
  deliveryBelumDibacaId: string | null;
  /** Delivered to the post, or to the superior the sekretaris stands in for. */
  adaDelivery: boolean;
}

/**
 * The letter, its one-to-one parts and the actor's deliveries: one raw statement (naskahVisibleSql,
 * the SQL twin of naskahVisibleScope), which cost the server less than Prisma's joined include.
 * Prepared (lib/db/statement-name.ts): it is found by the letter's id whoever asks, and planning it
 * took a third of its time (bench/prepared-statements.ts at 1M: p50 1.97 ms planned, 1.49 prepared).
 * Exported so that bench times exactly what the page runs.
 */
export function headSql(actor: Actor, naskahId: string): Prisma.Sql {
  const post = actor.activePost!.jabatanId;
  return Prisma.sql`/* prepared */
    SELECT n.id, n."opdId", n.sumber, n.nomor, n."tanggalNaskah", n.perihal, n."lampiranJumlah", n."klasifikasiKeamanan", n."derajatKecepatan",
      n."nomorAgenda", n."tahunAgenda", n."tanggalDiterima", n."pengirimNama", n."pengirimAlamat", n.sifat,
      o.nama AS "opdNama", o."instansiId", k.kode AS "klasifikasiKode", k.nama AS "klasifikasiNama",
      b.id AS "berkasId", b."namaFile" AS "berkasNamaFile", b.mime AS "berkasMime", b.ukuran AS "berkasUkuran",
      (SELECT dl.id FROM "Delivery" dl WHERE dl."naskahId" = n.id AND dl."jabatanId" = ${post}::uuid AND dl."readAt" IS NULL) AS "deliveryBelumDibacaId",
      EXISTS (SELECT 1 FROM "Delivery" dl WHERE dl."naskahId" = n.id AND dl."jabatanId" = ANY (${uuidArray(readablePostIds(actor))})) AS "adaDelivery"
    FROM "Naskah" n
    JOIN "Opd" o ON o.id = n."opdId"
    LEFT JOIN "KlasifikasiArsip" k ON k.id = n."klasifikasiArsipId"
    LEFT JOIN "Berkas" b ON b.id = n."berkasUtamaId"
    WHERE n.id = ${naskahId}::uuid AND ${naskahVisibleSql(actor, 'n')}`;
}

/**
 * A letter as its reader sees it, with the whole disposisi tree. Opening it marks the actor's
 * delivery and any disposisi to the actor's post as read (with the time), once.
 */
export async function openSurat(actor: Actor, naskahId: string, now = new Date()) {
  assertCan(actor, 'suratMasuk.read');
  const post = actor.activePost!;
  // The letter with its one-to-one parts and the actor's deliveries in one statement; its disposisi
  // tree in one flat statement (readDisposisiTree), both at once.
  const [[head], disposisi] = await Promise.all([
    queryRows<HeadRow>(headSql(actor, naskahId), { primaryIfNone: true }),
    // Read alongside the letter, and used only when the letter itself is visible to the actor.
    readDisposisiTree(naskahId),
  ]);
  if (!head) throw new NotFoundError('Surat tidak ditemukan atau Anda tidak berwenang membukanya.');
  const naskah = { ...head, disposisi };

  const unreadDeliveryId = naskah.deliveryBelumDibacaId;
  const unreadDisposisi = naskah.disposisi.flatMap((d) => d.penerima).filter((p) => p.jabatanId === post.jabatanId && p.status === 'BELUM_DIBACA');
  if (unreadDeliveryId || unreadDisposisi.length) {
    await prisma.$transaction(async (tx) => {
      if (unreadDeliveryId) {
        await tx.delivery.updateMany({ where: { id: unreadDeliveryId, readAt: null }, data: { readAt: now, readByPegawaiId: actor.pegawaiId } });
      }
      for (const p of unreadDisposisi) {
        await tx.penerimaDisposisi.updateMany({
          where: { id: p.id, status: 'BELUM_DIBACA' },
          data: { status: 'DIBACA', readAt: now, readByPegawaiId: actor.pegawaiId },
        });
      }
      await recordAudit(tx, actor, { instansiId: naskah.instansiId, opdId: naskah.opdId, action: 'surat.read', entityType: 'Naskah', entityId: naskah.id });
    });
    for (const p of unreadDisposisi) Object.assign(p, { status: 'DIBACA', readAt: now });
  }

  const mine = naskah.disposisi.filter((d) => !d.ditarikAt).flatMap((d) => d.penerima).filter((p) => p.jabatanId === post.jabatanId);
  const pencatatOpds = opdIdsWithRole(actor, 'suratMasuk.register');
  return {
    /** The actor's list that holds this letter, for the back link. */
    daftarAsal: daftarAsalSurat({
      diterima: naskah.adaDelivery,
      didisposisikan: mine.length > 0,
      dicatat: naskah.sumber === 'EKSTERNAL' && (pencatatOpds === 'ALL' || pencatatOpds.includes(naskah.opdId)),
    }),
    /** The post holds the letter (addressee, the pimpinan's sekretaris, or a disposisi recipient). */
    bisaDisposisi: naskah.adaDelivery || mine.length > 0,
    /** Open disposisi to the actor's post, for the tindak lanjut form. */
    disposisiUntukSaya: mine.filter((p) => p.status !== 'SELESAI' && p.status !== 'DITARIK').map((p) => p.id),
    jabatanSaya: post.jabatanId,
    id: naskah.id,
    perihal: naskah.perihal,
    nomor: naskah.nomor,
    tanggalNaskah: naskah.tanggalNaskah,
    sumber: naskah.sumber,
    pengirim: naskah.pengirimNama ?? naskah.opdNama,
    pengirimAlamat: naskah.pengirimAlamat,
    nomorAgenda: naskah.nomorAgenda,
    tahunAgenda: naskah.tahunAgenda,
    tanggalDiterima: naskah.tanggalDiterima,
    sifat: naskah.sifat,
    klasifikasiKeamanan: naskah.klasifikasiKeamanan,
    derajatKecepatan: naskah.derajatKecepatan,
    lampiranJumlah: naskah.lampiranJumlah,
    klasifikasiArsip: naskah.klasifikasiKode !== null ? { kode: naskah.klasifikasiKode, nama: naskah.klasifikasiNama! } : null,
    berkas: naskah.berkasId !== null ? { id: naskah.berkasId, namaFile: naskah.berkasNamaFile!, mime: naskah.berkasMime!, ukuran: naskah.berkasUkuran! } : null,
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
