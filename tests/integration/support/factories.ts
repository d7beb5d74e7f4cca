// Test data with unique values, so test files run in parallel against one database without
// cleaning up after each other.
import { randomInt, randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import type { JenisJabatan, JenisPenugasan, Role } from '@/lib/generated/prisma/client';

export const TEST_PASSWORD = 'Uji#Sandi2026';
let passwordHash: Promise<string> | null = null;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

const unique = () => randomUUID().slice(0, 8).toUpperCase();
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** A valid, random NIP: a real birth date, a TMT after age 17, gender and sequence. */
export function randomNip(): string {
  const year = 1965 + randomInt(35);
  const birth = `${year}${String(1 + randomInt(12)).padStart(2, '0')}${String(1 + randomInt(28)).padStart(2, '0')}`;
  const tmt = `${year + 20 + randomInt(10)}${String(1 + randomInt(12)).padStart(2, '0')}`;
  return `${birth}${tmt}${1 + randomInt(2)}${String(1 + randomInt(999)).padStart(3, '0')}`;
}

export function randomNik(): string {
  return `${1 + randomInt(9)}${digits(15)}`;
}

export async function createInstansi() {
  const kode = `T${unique()}`;
  return prisma.instansi.create({ data: { kode, nama: `Pemerintah Uji ${kode}`, ibuKota: 'Kota Uji' } });
}

export async function createOpd(instansiId: string) {
  const kode = unique();
  return prisma.opd.create({
    data: { instansiId, kode, nama: `Dinas Uji ${kode}`, singkatan: `DU${kode}`, alamat: 'Jl. Uji No. 1', kota: 'Kota Uji' },
  });
}

export async function createJabatan(opdId: string, opts: { parentId?: string | null; level?: number; jenis?: JenisJabatan; nama?: string; isPimpinanOpd?: boolean } = {}) {
  const kode = unique();
  const unit = await prisma.unitKerja.create({ data: { opdId, kode: `U${kode}`, nama: `Unit ${kode}`, jenis: 'BIDANG' } });
  return prisma.jabatan.create({
    data: {
      opdId,
      unitKerjaId: unit.id,
      parentId: opts.parentId ?? null,
      kode: `J${kode}`,
      nama: opts.nama ?? `Jabatan ${kode}`,
      namaSingkat: `J${kode}`,
      jenis: opts.jenis ?? 'STRUKTURAL',
      level: opts.level ?? 1,
      isPimpinanOpd: opts.isPimpinanOpd ?? false,
    },
  });
}

export async function createPegawai(instansiId: string, opdId: string, opts: { aktif?: boolean; email?: string } = {}) {
  return prisma.pegawai.create({
    data: {
      instansiId,
      opdId,
      nama: `Pegawai ${unique()}`,
      nip: randomNip(),
      nik: randomNik(),
      email: opts.email ?? `uji.${unique().toLowerCase()}@uji.go.id`,
      passwordHash: await testPasswordHash(),
      aktif: opts.aktif ?? true,
    },
  });
}

export async function assign(pegawaiId: string, jabatanId: string, jenis: JenisPenugasan, mulai: string, selesai: string | null = null) {
  return prisma.penugasanJabatan.create({
    data: { pegawaiId, jabatanId, jenis, mulai: new Date(`${mulai}T00:00:00Z`), selesai: selesai ? new Date(`${selesai}T00:00:00Z`) : null },
  });
}

export async function grantRole(instansiId: string, pegawaiId: string, role: Role, opdId: string | null) {
  return prisma.roleGrant.create({ data: { instansiId, pegawaiId, role, opdId } });
}

/** An OPD with a pimpinan post held by a fresh pegawai: the smallest useful world. */
export async function createWorld() {
  const instansi = await createInstansi();
  const opd = await createOpd(instansi.id);
  const kepalaJabatan = await createJabatan(opd.id, { level: 1, isPimpinanOpd: true, nama: 'Kepala Dinas Uji' });
  const kepala = await createPegawai(instansi.id, opd.id);
  await assign(kepala.id, kepalaJabatan.id, 'DEFINITIF', '2020-01-01');
  return { instansi, opd, kepalaJabatan, kepala };
}

/** An external letter registered in `opdId` and delivered to one post. */
export async function deliverLetter(
  opdId: string,
  jabatanId: string,
  opts: { perihal: string; kecepatan?: 'BIASA' | 'SEGERA' | 'SANGAT_SEGERA'; rahasia?: boolean; read?: boolean; at?: string; sifat?: string; pengirimNama?: string },
) {
  const keamanan = opts.rahasia ? 'RAHASIA' : 'BIASA';
  const at = new Date(opts.at ?? Date.now());
  const naskah = await prisma.naskah.create({
    data: { opdId, sumber: 'EKSTERNAL', status: 'TERCATAT', perihal: opts.perihal, pengirimNama: opts.pengirimNama ?? 'Kementerian Uji', sifat: opts.sifat ?? null, klasifikasiKeamanan: keamanan, derajatKecepatan: opts.kecepatan ?? 'BIASA' },
  });
  return prisma.delivery.create({
    data: {
      naskahId: naskah.id,
      jabatanId,
      opdId,
      jenis: 'TUJUAN',
      klasifikasiKeamanan: keamanan,
      derajatKecepatan: opts.kecepatan ?? 'BIASA',
      deliveredAt: at,
      readAt: opts.read ? at : null,
    },
  });
}

export const INSTRUKSI_UJI = ['Untuk diketahui', 'Untuk ditindaklanjuti', 'Laporkan hasilnya'];

/** Kepala -> (Sekretaris, Kabid -> Staf) in one OPD, each post held, plus the OPD's instructions. */
export async function createDisposisiWorld() {
  const world = await createWorld();
  const { instansi, opd, kepalaJabatan } = world;
  const post = async (parentId: string, level: number, extra: { dapatMewakiliAtasan?: boolean } = {}) => {
    const jabatan = await createJabatan(opd.id, { parentId, level });
    if (extra.dapatMewakiliAtasan) await prisma.jabatan.update({ where: { id: jabatan.id }, data: { dapatMewakiliAtasan: true } });
    const pegawai = await createPegawai(instansi.id, opd.id);
    await assign(pegawai.id, jabatan.id, 'DEFINITIF', '2020-01-01');
    return { jabatan, pegawai };
  };
  const sekretaris = await post(kepalaJabatan.id, 2, { dapatMewakiliAtasan: true });
  const kabid = await post(kepalaJabatan.id, 2);
  const kabid2 = await post(kepalaJabatan.id, 2);
  const staf = await post(kabid.jabatan.id, 3);
  await prisma.instruksiDisposisi.createMany({ data: INSTRUKSI_UJI.map((teks, urutan) => ({ opdId: opd.id, teks, urutan })) });
  return { ...world, sekretaris, kabid, kabid2, staf };
}

/** The TU desk that registers surat masuk: a pelaksana post under the sekretaris, held by a fresh pegawai granted PENCATAT for the OPD. */
export async function createPencatat(w: { instansi: { id: string }; opd: { id: string }; sekretaris: { jabatan: { id: string } } }) {
  const jabatan = await createJabatan(w.opd.id, { parentId: w.sekretaris.jabatan.id, level: 3, jenis: 'PELAKSANA' });
  const pegawai = await createPegawai(w.instansi.id, w.opd.id);
  await assign(pegawai.id, jabatan.id, 'DEFINITIF', '2020-01-01');
  await grantRole(w.instansi.id, pegawai.id, 'PENCATAT', w.opd.id);
  return { jabatan, pegawai };
}

/** A stored scan made the letter's main file, as registration does. */
export async function attachScan(naskahId: string, bytes: Uint8Array) {
  const { createHash, randomUUID: uuid } = await import('node:crypto');
  const { getStorage } = await import('@/lib/storage');
  const storageKey = `pindaian/${uuid()}/${uuid()}.pdf`;
  await getStorage().put(storageKey, bytes, 'application/pdf');
  const berkas = await prisma.berkas.create({
    data: { jenis: 'PINDAI', storageKey, namaFile: 'pindaian.pdf', mime: 'application/pdf', ukuran: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), naskahId },
  });
  await prisma.naskah.update({ where: { id: naskahId }, data: { berkasUtamaId: berkas.id } });
  return berkas;
}
