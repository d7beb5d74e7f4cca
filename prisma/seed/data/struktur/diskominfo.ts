import { L, P, bidang, pimpinan, sekretariat, seksi, staf } from './helpers';
import type { OpdStruktur } from './types';

// The demo's main OPD: most demo accounts (admin OPD, pencatat, kepala, kabid, staf) live here.
export const DISKOMINFO: OpdStruktur = {
  opdKode: 'DISKOMINFO',
  pimpinan: pimpinan('Kepala Dinas Komunikasi dan Informatika', 'Kadis', 'II.a', L('Ir. I Gede Wirawan Putra, M.T.'), [
    sekretariat(
      P('Dra. Sri Rahayuningsih, M.Si.'),
      {
        kasubbag: L('Agus Setiawan, S.Sos.'),
        staf: [
          staf('PENGADM-UMPEG', 'Pengadministrasi Perkantoran', P('Nur Aini Lestari, A.Md.')),
          staf('ARSIPARIS-UMPEG', 'Arsiparis Terampil', L('Yohanes Sinaga, A.Md.'), 'FUNGSIONAL'),
        ],
      },
      {
        kasubbag: P('Rina Marlina, S.E., M.Ak.'),
        staf: [staf('BENDAHARA', 'Bendahara Pengeluaran', P('Dewi Kartika Sari, S.E.'))],
      },
    ),
    bidang('IKP', 'Informasi dan Komunikasi Publik', 'IKP', L('Muhammad Rizal Harahap, S.Sos., M.Si.'), [
      seksi('PIP', 'Pengelolaan Informasi Publik', 'PIP', P('Andi Nurhayati, S.I.Kom.'), [
        staf('HUMAS-PIP', 'Pranata Hubungan Masyarakat Ahli Pertama', L('Fajar Nugroho, S.I.Kom.'), 'FUNGSIONAL'),
      ]),
      seksi('OAP', 'Pengelolaan Opini dan Aspirasi Publik', 'OAP', L('Teuku Farhan Aulia, S.Sos.'), [
        staf('PENGOLAH-OAP', 'Pengolah Data dan Informasi', P('Siti Maemunah')),
      ]),
    ]),
    bidang('APTIKA', 'Aplikasi Informatika', 'Aptika', L('Dr. Hendra Saputra, S.Kom., M.Kom.'), [
      seksi('EGOV', 'Tata Kelola dan Layanan E-Government', 'E-Gov', P('Ni Luh Putu Ayu Lestari, S.T., M.T.'), [
        staf('PRAKOM-EGOV', 'Pranata Komputer Ahli Pertama', L('Rizky Ramadhan, S.Kom.'), 'FUNGSIONAL'),
        staf('ADMIN-SISTEM', 'Penata Kelola Sistem dan Teknologi Informasi', P('Larasati Wulandari, S.Kom.')),
      ]),
      seksi('INFRA', 'Infrastruktur Teknologi Informasi dan Komunikasi', 'Infra TIK', L('Yusuf Daeng Mappuji, S.T.'), [
        staf('PRAKOM-INFRA', 'Pranata Komputer Terampil', L('Bayu Prasetyo, A.Md.Kom.'), 'FUNGSIONAL'),
      ]),
    ]),
    bidang('SANDISTAT', 'Persandian dan Statistik', 'Sandistat', P('Ir. Rosmawati Lubis, M.M.'), [
      seksi('SANDI', 'Persandian dan Keamanan Informasi', 'Persandian', L('Made Arya Dharmawan, S.Kom.'), [
        staf('SANDIMAN', 'Sandiman Ahli Pertama', L('Dimas Aditya Pratama, S.Tr.Kom.'), 'FUNGSIONAL'),
      ]),
      seksi('STAT', 'Statistik Sektoral', 'Statistik', P('Yuliana Pakpahan, S.Si.'), [
        staf('STATISTISI', 'Statistisi Ahli Pertama', P('Intan Permatasari, S.Stat.'), 'FUNGSIONAL'),
      ]),
    ]),
  ]),
};
