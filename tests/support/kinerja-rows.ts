// Kinerja rows of a large pemda for report tests and benches: names, jabatan and OPD of realistic
// length, a distinct NIP each (up to 10,000).
import type { BarisKinerja } from '@/lib/domain/laporan/kinerja-kolom';

const JABATAN = ['Pengadministrasi Perkantoran', 'Kepala Seksi Pengelolaan E-Government', 'Analis Kebijakan Ahli Pertama'];
const OPD = ['Dinas Komunikasi dan Informatika', 'Badan Perencanaan Pembangunan Daerah', 'Dinas Kesehatan'];

export function barisKinerjaContoh(n: number): BarisKinerja[] {
  return Array.from({ length: n }, (_, i) => ({
    pegawaiId: `p${i}`,
    nip: `19780101200312${String(i % 10_000).padStart(4, '0')}`,
    nama: `Pegawai Nomor ${i} bin Fulan, S.Kom., M.T.`,
    jabatan: JABATAN[i % 3]!,
    opd: OPD[i % 3]!,
    bulan: '2026-11',
    disposisiTepat: i % 7,
    disposisiTerlambat: i % 3,
    naskahDisusun: i % 5,
    paraf: i % 4,
    tandaTangan: i % 2,
  }));
}
