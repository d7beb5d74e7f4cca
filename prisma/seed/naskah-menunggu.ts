// A naskah waiting in the demo Kepala Dinas' Perlu Tanda Tangan (paraf given by the demo kabid) or in
// the kabid's Perlu Verifikasi (his paraf awaited), drafted by the demo staf, written directly to the
// database. Used by the e2e specs (signing and review without driving the editor) and by the
// Lighthouse bench (a sign page to measure on any database).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { demoAccount } from './demo-accounts';

export async function seedNaskahMenunggu(prisma: PrismaClient, perihal: string, status: 'MENUNGGU_TANDA_TANGAN' | 'VERIFIKASI'): Promise<string> {
  const post = async (key: 'staf' | 'kabid' | 'kepala') => {
    const p = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount(key).nip }, select: { id: true, penugasan: { where: { jenis: 'DEFINITIF' }, select: { jabatanId: true, jabatan: { select: { opdId: true } } } } } });
    return { pegawaiId: p.id, jabatanId: p.penugasan[0]!.jabatanId, opdId: p.penugasan[0]!.jabatan.opdId };
  };
  const [staf, kabid, kepala] = [await post('staf'), await post('kabid'), await post('kepala')];
  const opd = await prisma.opd.findUniqueOrThrow({ where: { id: kepala.opdId }, select: { instansiId: true } });
  const klasifikasi = await prisma.klasifikasiArsip.findFirstOrThrow({ where: { instansiId: opd.instansiId, kode: '000.1' } });
  const naskah = await prisma.naskah.create({
    data: {
      opdId: kepala.opdId,
      sumber: 'INTERNAL',
      jenis: 'NOTA_DINAS',
      status,
      perihal,
      klasifikasiArsipId: klasifikasi.id,
      pembuatPegawaiId: staf.pegawaiId,
      pembuatJabatanId: staf.jabatanId,
      penandatanganJabatanId: kepala.jabatanId,
      konten: { isi: '<p>Sehubungan dengan evaluasi SPBE tahun 2026, dengan hormat kami sampaikan laporan kemajuan pembangunan aplikasi umum.</p><p>Demikian disampaikan untuk menjadi perhatian.</p>' },
      versiTerakhir: 1,
      penerima: {
        create: [
          { jenis: 'TUJUAN', urutan: 0, jabatanId: kabid.jabatanId },
          { jenis: 'TUJUAN', urutan: 1, namaEksternal: 'Kepala BSSN Perwakilan Daerah', alamatEksternal: `Jl. Uji ${randomUUID().slice(0, 4)}` },
        ],
      },
      verifikasi: {
        create: [
          status === 'VERIFIKASI'
            ? { putaran: 1, urutan: 1, jabatanId: kabid.jabatanId, status: 'MENUNGGU' }
            : { putaran: 1, urutan: 1, jabatanId: kabid.jabatanId, status: 'DISETUJUI', pegawaiId: kabid.pegawaiId, versi: 1, actedAt: new Date() },
        ],
      },
    },
    select: { id: true },
  });
  return naskah.id;
}
