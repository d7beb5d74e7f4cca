// A naskah that went through drafting and review and now waits for its signer, built directly so
// signing tests do not depend on the drafting UI.
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { createDisposisiWorld } from './factories';

export async function createSigningWorld() {
  const w = await createDisposisiWorld();
  const klasifikasi = await prisma.klasifikasiArsip.create({ data: { instansiId: w.instansi.id, kode: `000.1.${Math.floor(Math.random() * 1e6)}`, nama: 'Ketatausahaan uji' } });
  return { ...w, klasifikasi };
}
export type SigningWorld = Awaited<ReturnType<typeof createSigningWorld>>;

/** Drafted by the staf, paraf by the kabid, to be signed by the kepala; tujuan kabid2, tembusan sekretaris, one external. */
export async function createNaskahMenungguTandaTangan(w: SigningWorld, opts: { perihal?: string; status?: 'MENUNGGU_TANDA_TANGAN' | 'KONSEP'; penandatanganJabatanId?: string } = {}) {
  return prisma.naskah.create({
    data: {
      opdId: w.opd.id,
      sumber: 'INTERNAL',
      jenis: 'NOTA_DINAS',
      status: opts.status ?? 'MENUNGGU_TANDA_TANGAN',
      perihal: opts.perihal ?? `Rapat koordinasi ${randomUUID().slice(0, 6)}`,
      klasifikasiArsipId: w.klasifikasi.id,
      derajatKecepatan: 'SEGERA',
      pembuatPegawaiId: w.staf.pegawai.id,
      pembuatJabatanId: w.staf.jabatan.id,
      penandatanganJabatanId: opts.penandatanganJabatanId ?? w.kepalaJabatan.id,
      konten: { isi: '<p>Dalam rangka koordinasi program kerja, dengan hormat kami mengundang Saudara untuk hadir pada rapat koordinasi.</p><p>Demikian disampaikan, atas perhatiannya diucapkan terima kasih.</p>' },
      versiTerakhir: 1,
      penerima: {
        create: [
          { jenis: 'TUJUAN', urutan: 0, jabatanId: w.kabid2.jabatan.id },
          { jenis: 'TUJUAN', urutan: 1, namaEksternal: 'Kepala Balai Uji', alamatEksternal: 'Jl. Luar No. 2, Kota Uji' },
          { jenis: 'TEMBUSAN', urutan: 0, jabatanId: w.sekretaris.jabatan.id },
        ],
      },
      verifikasi: { create: [{ putaran: 1, urutan: 1, jabatanId: w.kabid.jabatan.id, status: 'DISETUJUI', pegawaiId: w.kabid.pegawai.id, versi: 1, actedAt: new Date() }] },
    },
  });
}
