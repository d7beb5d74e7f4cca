// A small OPD with a month of known activity (October 2026, WIB), so every report figure has an
// exact expected value. Rows are written directly with chosen timestamps.
import { prisma } from '@/lib/db';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

export const OKTOBER = { dari: '2026-10-01', sampai: '2026-10-31' };
/** "Now" for the report: early November, after every deadline but one. */
export const NOW = new Date('2026-11-05T03:00:00Z');

const t = (iso: string) => new Date(iso);

export async function createLaporanWorld() {
  const w = await createDisposisiWorld();
  const opdId = w.opd.id;
  const k = w.kepalaJabatan.id;

  // Surat masuk: four in October (one at 01:00 WIB on the 1st, one Rahasia), one on 1 November WIB.
  const d1 = await deliverLetter(opdId, k, { perihal: 'Undangan rapat anggaran', sifat: 'Penting', kecepatan: 'SEGERA', at: '2026-10-02T02:00:00Z' });
  await deliverLetter(opdId, k, { perihal: 'Permohonan data', sifat: 'penting', at: '2026-10-03T02:00:00Z' });
  const rahasia = await deliverLetter(opdId, k, { perihal: 'Laporan pemeriksaan khusus', kecepatan: 'SANGAT_SEGERA', rahasia: true, at: '2026-10-04T02:00:00Z' });
  await deliverLetter(opdId, k, { perihal: 'Pemberitahuan jadwal', sifat: 'Biasa', at: '2026-09-30T18:00:00Z' });
  await deliverLetter(opdId, k, { perihal: 'Surat bulan berikutnya', sifat: 'Biasa', at: '2026-10-31T17:30:00Z' });

  // Disposisi: to kabid done in 24 h (on time), to kabid2 done in 96 h (late), to the sekretaris
  // open past its deadline, kabid -> staf open within its deadline, and one withdrawn.
  const disposisi = async (naskahId: string, deliveryId: string, dari: { jabatanId: string; pegawaiId: string }, penerima: { jabatanId: string; status: 'SELESAI' | 'DIBACA' | 'BELUM_DIBACA' | 'DITARIK'; at: string; batas: string; selesai?: string }) => {
    const d = await prisma.disposisi.create({
      data: { naskahId, deliveryId, dariJabatanId: dari.jabatanId, dariPegawaiId: dari.pegawaiId, instruksi: ['Untuk ditindaklanjuti'], batasWaktu: t(penerima.batas), createdAt: t(penerima.at), ditarikAt: penerima.status === 'DITARIK' ? t(penerima.at) : null },
    });
    return prisma.penerimaDisposisi.create({
      data: { disposisiId: d.id, jabatanId: penerima.jabatanId, dariJabatanId: dari.jabatanId, status: penerima.status, createdAt: t(penerima.at), batasWaktu: t(penerima.batas), selesaiAt: penerima.selesai ? t(penerima.selesai) : null },
    });
  };
  const kepala = { jabatanId: k, pegawaiId: w.kepala.id };
  const keKabid = await disposisi(d1.naskahId, d1.id, kepala, { jabatanId: w.kabid.jabatan.id, status: 'SELESAI', at: '2026-10-02T03:00:00Z', batas: '2026-10-05T00:00:00Z', selesai: '2026-10-03T03:00:00Z' });
  await prisma.tindakLanjut.create({ data: { penerimaDisposisiId: keKabid.id, pegawaiId: w.kabid.pegawai.id, catatan: 'Selesai', selesai: true, createdAt: t('2026-10-03T03:00:00Z') } });
  await disposisi(d1.naskahId, d1.id, kepala, { jabatanId: w.kabid2.jabatan.id, status: 'SELESAI', at: '2026-10-02T03:00:00Z', batas: '2026-10-04T00:00:00Z', selesai: '2026-10-06T03:00:00Z' });
  const keSekretaris = await disposisi(rahasia.naskahId, rahasia.id, kepala, { jabatanId: w.sekretaris.jabatan.id, status: 'DIBACA', at: '2026-10-04T03:00:00Z', batas: '2026-10-10T00:00:00Z' });
  await disposisi(d1.naskahId, d1.id, { jabatanId: w.kabid.jabatan.id, pegawaiId: w.kabid.pegawai.id }, { jabatanId: w.staf.jabatan.id, status: 'BELUM_DIBACA', at: '2026-10-04T00:00:00Z', batas: '2026-12-01T00:00:00Z' });
  await disposisi(d1.naskahId, d1.id, kepala, { jabatanId: w.kabid2.jabatan.id, status: 'DITARIK', at: '2026-10-05T00:00:00Z', batas: '2026-10-09T00:00:00Z' });

  // Naskah keluar: a nota dinas drafted by the staf (submitted after 6 h, paraf by the kabid 30 h
  // later, signed 12 h after that: 48 h in all) and a surat dinas signed 10 h after drafting; one
  // more signed in November.
  const naskah = async (jenis: 'NOTA_DINAS' | 'SURAT_DINAS', dibuat: string, ditandatangani: string, perihal: string) =>
    prisma.naskah.create({
      data: {
        opdId, sumber: 'INTERNAL', jenis, status: 'DITANDATANGANI', perihal, createdAt: t(dibuat), ditandatanganiPada: t(ditandatangani),
        pembuatPegawaiId: w.staf.pegawai.id, pembuatJabatanId: w.staf.jabatan.id, penandatanganJabatanId: k, penandatanganPegawaiId: w.kepala.id,
      },
    });
  const nota = await naskah('NOTA_DINAS', '2026-10-01T01:00:00Z', '2026-10-03T01:00:00Z', 'Nota dinas rapat');
  await prisma.auditLog.create({ data: { instansiId: w.instansi.id, opdId, actorPegawaiId: w.staf.pegawai.id, action: 'naskah.submit', entityType: 'Naskah', entityId: nota.id, after: { putaran: 1 }, createdAt: t('2026-10-01T07:00:00Z') } });
  await prisma.verifikasiNaskah.create({ data: { naskahId: nota.id, putaran: 1, urutan: 1, jabatanId: w.kabid.jabatan.id, status: 'DISETUJUI', pegawaiId: w.kabid.pegawai.id, actedAt: t('2026-10-02T13:00:00Z') } });
  await naskah('SURAT_DINAS', '2026-10-10T00:00:00Z', '2026-10-10T10:00:00Z', 'Surat dinas balasan');
  await naskah('NOTA_DINAS', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', 'Nota dinas November');

  // Signing failures: two wrong passphrases and an expired certificate in October, one in November.
  const gagal = (kode: string, at: string) =>
    prisma.auditLog.create({ data: { instansiId: w.instansi.id, opdId, actorPegawaiId: w.kepala.id, actorJabatanId: k, action: 'naskah.signFail', entityType: 'Naskah', entityId: nota.id, after: { kode, alasan: kode }, createdAt: t(at) } });
  await gagal('WRONG_PASSPHRASE', '2026-10-02T20:00:00Z');
  await gagal('WRONG_PASSPHRASE', '2026-10-02T20:05:00Z');
  await gagal('CERT_EXPIRED', '2026-10-02T21:00:00Z');
  await gagal('WRONG_PASSPHRASE', '2026-11-03T00:00:00Z');

  return { ...w, rahasia, keSekretaris, nota };
}
export type LaporanWorld = Awaited<ReturnType<typeof createLaporanWorld>>;
