import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, can } from '@/lib/authz/policy';
import { beritaAcaraIsiHtml, JENIS_PENYUSUTAN_LABEL, TAHAP_PENYUSUTAN, type BarisDaftar } from '@/lib/domain/arsip/penyusutan';
import { KETERANGAN_LABEL, tahapRetensi } from '@/lib/domain/arsip/retensi';
import type { CreatePenyusutanInput } from '@/lib/domain/arsip/schemas';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { terbilang } from '@/lib/domain/naskah/atribut-naskah';
import { formatHariTanggal } from '@/lib/domain/naskah/tanggal-naskah';
import { recordAudit, recordAuditMany } from '@/lib/services/audit/record-audit';
import { BELUM_DIUSULKAN } from './list-penyusutan-due';

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/**
 * Draws up a penyusutan list of due records of the actor's OPD and its berita acara: a konsep of
 * jenis Berita Acara, prefilled with the regulation's text and the daftar, drafted by the actor's
 * post and addressed for signature to the pimpinan OPD. From there the normal flow applies: the
 * drafter sends it up the paraf chain (the approval chain) and the pimpinan signs; the signature
 * approves the list (approve-penyusutan-on-sign.ts).
 */
export async function createPenyusutan(actor: Actor, input: CreatePenyusutanInput, now = new Date()): Promise<{ penyusutanId: string; naskahId: string }> {
  const post = actor.activePost;
  if (!post || !can(actor, 'naskah.draft')) throw new ForbiddenError('Pilih jabatan Anda di OPD ini untuk menyusun berita acara.');
  assertCan(actor, 'arsip.penyusutan', { opdId: post.opdId });
  const today = calendarDay(now);
  const label = JENIS_PENYUSUTAN_LABEL[input.jenis];
  const ids = [...new Set(input.arsipIds)];

  return prisma.$transaction(
    async (tx) => {
      const arsip = await tx.arsip.findMany({
        where: { AND: [{ id: { in: ids }, opdId: post.opdId }, BELUM_DIUSULKAN] },
        orderBy: [{ tanggal: 'asc' }, { id: 'asc' }],
        select: { id: true, status: true, tanggal: true, aktifSampai: true, inaktifSampai: true, keterangan: true, klasifikasiArsip: { select: { kode: true } }, naskah: { select: { perihal: true, nomor: true } } },
      });
      if (arsip.length !== ids.length) throw new DomainError('Sebagian arsip tidak ditemukan di OPD Anda atau sudah ada di daftar lain.');
      const salah = arsip.filter((a) => a.status !== 'AKTIF' && a.status !== 'INAKTIF').concat(
        arsip.filter((a) => (a.status === 'AKTIF' || a.status === 'INAKTIF') && !TAHAP_PENYUSUTAN[input.jenis].includes(tahapRetensi({ status: a.status, aktifSampai: day(a.aktifSampai), inaktifSampai: day(a.inaktifSampai), keterangan: a.keterangan }, today))),
      );
      if (salah.length) throw new DomainError(`${salah.length} arsip belum jatuh tempo untuk ${label.kegiatan} menurut JRA (contoh: ${salah[0]!.naskah.perihal.slice(0, 80)}).`);

      const [opd, pimpinan, klasifikasi, kearsipan] = await Promise.all([
        tx.opd.findUniqueOrThrow({ where: { id: post.opdId }, select: { nama: true, instansi: { select: { nama: true, ibuKota: true } } } }),
        tx.jabatan.findFirst({ where: { opdId: post.opdId, isPimpinanOpd: true, aktif: true }, select: { id: true } }),
        tx.klasifikasiArsip.findFirst({ where: { instansiId: actor.instansiId, kode: label.klasifikasi }, select: { id: true } }),
        tx.unitKerja.findFirst({ where: { opdId: post.opdId, jenis: 'SEKRETARIAT' }, select: { nama: true } }),
      ]);
      if (!klasifikasi) throw new DomainError(`Kode klasifikasi ${label.klasifikasi} (${label.beritaAcara}) belum ada; minta admin instansi menambahkannya.`);
      // A copy of every berita acara penyusutan goes to the lembaga kearsipan daerah: its tujuan.
      const lembagaKearsipan = `Lembaga Kearsipan Daerah ${opd.instansi.nama.replace(/^Pemerintah\s+/i, '')}`;
      const rows: BarisDaftar[] = arsip.map((a) => ({
        kode: a.klasifikasiArsip?.kode ?? '-',
        uraian: a.naskah.perihal,
        nomor: a.naskah.nomor,
        kurunWaktu: a.tanggal.toISOString().slice(0, 4),
        keterangan: a.keterangan ? KETERANGAN_LABEL[a.keterangan] : '-',
      }));
      const years = rows.map((r) => r.kurunWaktu).sort();
      const isi = beritaAcaraIsiHtml({
        jenis: input.jenis,
        opdNama: opd.nama,
        hariTanggal: formatHariTanggal(today),
        jumlah: rows.length,
        jumlahTerbilang: rows.length <= 999 ? terbilang(rows.length) : rows.length.toLocaleString('id-ID'),
        kurunWaktu: years[0] === years.at(-1) ? years[0]! : `${years[0]}-${years.at(-1)}`,
        penerima: input.jenis === 'PENYERAHAN' ? lembagaKearsipan : `unit kearsipan ${kearsipan?.nama ?? opd.nama}`,
        rows,
      });
      const perihal = `${label.beritaAcara} ${opd.nama}`;
      const konten = { isi };
      const naskah = await tx.naskah.create({
        data: {
          opdId: post.opdId,
          sumber: 'INTERNAL',
          jenis: 'BERITA_ACARA',
          status: 'KONSEP',
          perihal,
          konten,
          klasifikasiArsipId: klasifikasi.id,
          versiTerakhir: 1,
          pembuatPegawaiId: actor.pegawaiId,
          pembuatJabatanId: post.jabatanId,
          penandatanganJabatanId: pimpinan?.id ?? post.parentId,
          penerima: { create: [{ jenis: 'TUJUAN', urutan: 0, namaEksternal: `Kepala ${lembagaKearsipan}`, alamatEksternal: opd.instansi.ibuKota }] },
          versi: { create: { versi: 1, perihal, konten, dibuatOlehPegawaiId: actor.pegawaiId, dibuatOlehJabatanId: post.jabatanId, catatan: `Disusun dari ${label.daftar}` } },
        },
        select: { id: true },
      });
      const penyusutan = await tx.penyusutan.create({
        data: { opdId: post.opdId, jenis: input.jenis, beritaAcaraNaskahId: naskah.id, dibuatOlehPegawaiId: actor.pegawaiId, arsip: { create: arsip.map((a) => ({ arsipId: a.id })) } },
        select: { id: true },
      });
      await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: post.opdId, action: 'penyusutan.create', entityType: 'Penyusutan', entityId: penyusutan.id, after: { jenis: input.jenis, jumlah: arsip.length, beritaAcara: naskah.id } });
      await recordAuditMany(
        tx,
        actor,
        arsip.map((a) => ({ instansiId: actor.instansiId, opdId: post.opdId, action: 'arsip.proposePenyusutan' as const, entityType: 'Arsip' as const, entityId: a.id, after: { penyusutanId: penyusutan.id, jenis: input.jenis } })),
      );
      return { penyusutanId: penyusutan.id, naskahId: naskah.id };
    },
    { timeout: 60_000 },
  );
}
