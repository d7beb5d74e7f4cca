// Kepala (1) -> Sekretaris (2), Kabid (2) -> Kasi (3) -> Staf (4) in one OPD, each post held,
// plus a second kabid branch (Kabid2 -> Staf2) for "not in the chain" cases.
import { tanggalSetelah } from '@/lib/domain/disposisi/batas-waktu';
import { prisma } from '@/lib/db';
import { saveKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { assign, createJabatan, createPegawai, createWorld } from '../support/factories';

export async function createDraftingWorld() {
  const world = await createWorld();
  const { instansi, opd, kepalaJabatan } = world;
  const post = async (parentId: string, level: number, jenis: 'STRUKTURAL' | 'PELAKSANA' = 'STRUKTURAL') => {
    const jabatan = await createJabatan(opd.id, { parentId, level, jenis });
    const pegawai = await createPegawai(instansi.id, opd.id);
    await assign(pegawai.id, jabatan.id, 'DEFINITIF', '2020-01-01');
    return { jabatan, pegawai };
  };
  const sekretaris = await post(kepalaJabatan.id, 2);
  const kabid = await post(kepalaJabatan.id, 2);
  const kasi = await post(kabid.jabatan.id, 3);
  const staf = await post(kasi.jabatan.id, 4, 'PELAKSANA');
  const kabid2 = await post(kepalaJabatan.id, 2);
  const staf2 = await post(kabid2.jabatan.id, 3, 'PELAKSANA');
  const klasifikasi = await prisma.klasifikasiArsip.create({ data: { instansiId: instansi.id, kode: '005', nama: 'Undangan' } });
  return { ...world, sekretaris, kabid, kasi, staf, kabid2, staf2, klasifikasi };
}

export const KONTEN_UNDANGAN = {
  pembuka: '<p>Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada:</p>',
  // Ahead of whenever the test runs: an acara already past is refused on submit.
  tanggal: tanggalSetelah(7, new Date()),
  waktu: '09.00 WIB s.d. selesai',
  tempat: 'Ruang Rapat Lantai 2',
  acara: 'Rapat koordinasi SPBE',
  penutup: '<p>Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih.</p>',
};

/** A complete save input for the world's kepala as signer and kabid2 as tujuan. */
export function saveInput(naskahId: string, w: Awaited<ReturnType<typeof createDraftingWorld>>, extra: Record<string, unknown> = {}) {
  return saveKonsepSchema.parse({
    naskahId,
    mode: 'simpan',
    perihal: 'Undangan Rapat Koordinasi SPBE',
    konten: KONTEN_UNDANGAN,
    penandatanganJabatanId: w.kepalaJabatan.id,
    klasifikasiArsipId: w.klasifikasi.id,
    tujuan: [{ jabatanId: w.kabid2.jabatan.id }, { nama: 'Kepala Dinas Kesehatan', alamat: 'Jl. Sehat 1' }],
    tembusan: [{ jabatanId: w.sekretaris.jabatan.id }],
    ...extra,
  });
}
