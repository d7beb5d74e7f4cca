import { L, P, bidang, pimpinan, sekretariat, seksi, staf } from './helpers';
import type { OpdStruktur } from './types';

export const DINKES: OpdStruktur = {
  opdKode: 'DINKES',
  pimpinan: pimpinan('Kepala Dinas Kesehatan', 'Kadinkes', 'II.a', P('dr. Made Ayu Wulandari, M.Kes.'), [
    sekretariat(
      L('dr. Hasan Basri Nasution, M.K.M.'),
      {
        kasubbag: P('Sri Wahyuni, S.K.M.'),
        staf: [
          staf('PENGADM-UMPEG', 'Pengadministrasi Perkantoran', L('Ujang Suherman')),
          staf('ARSIPARIS-UMPEG', 'Arsiparis Terampil', P('Kadek Dwi Yanti, A.Md.'), 'FUNGSIONAL'),
        ],
      },
      {
        kasubbag: L('Yoga Pratama, S.E.'),
        staf: [staf('BENDAHARA', 'Bendahara Pengeluaran', P('Lina Marlina, A.Md.Ak.'))],
      },
    ),
    bidang('KESMAS', 'Kesehatan Masyarakat', 'Kesmas', P('drg. Ratih Purnamasari, M.P.H.'), [
      seksi('KESGA', 'Kesehatan Keluarga dan Gizi', 'Kesga Gizi', P('Ns. Marlina Simanjuntak, S.Kep.'), [
        staf('NUTRISIONIS', 'Nutrisionis Ahli Pertama', P('Aulia Rahma, S.Gz.'), 'FUNGSIONAL'),
      ]),
      seksi('PROMKES', 'Promosi dan Pemberdayaan Masyarakat', 'Promkes', L('Andi Muh. Ilham, S.K.M.'), [
        staf('PENYULUH', 'Penyuluh Kesehatan Masyarakat Ahli Pertama', L('Zulkifli Tanjung, S.K.M.'), 'FUNGSIONAL'),
      ]),
    ]),
    bidang('P2P', 'Pencegahan dan Pengendalian Penyakit', 'P2P', L('dr. Benny Halomoan Sitorus, Sp.KKLP'), [
      seksi('SURVIM', 'Surveilans dan Imunisasi', 'Survim', L('I Nyoman Sudarsana, S.K.M., M.Kes.'), [
        staf('EPIDEMIOLOG', 'Epidemiolog Kesehatan Ahli Pertama', P('Desi Ratnasari, S.K.M.'), 'FUNGSIONAL'),
      ]),
      seksi('P2PM', 'Pencegahan dan Pengendalian Penyakit Menular', 'P2PM', P('Yenny Oktaviani, S.K.M.'), [
        staf('SANITARIAN', 'Sanitarian Terampil', L('Rahmat Hidayat, A.Md.K.L.'), 'FUNGSIONAL'),
      ]),
    ]),
  ]),
};
