import { L, P, bidang, pimpinan, sekretariat, seksi, staf } from './helpers';
import type { OpdStruktur } from './types';

// A provinsi runs SMA, SMK and SLB (UU 23/2014), so the Bidang follow those school types.
export const DISDIK: OpdStruktur = {
  opdKode: 'DISDIK',
  pimpinan: pimpinan('Kepala Dinas Pendidikan', 'Kadisdik', 'II.a', L('Drs. H. Ahmad Fauzi Lubis, M.Pd.'), [
    sekretariat(
      P('Dr. Endang Kurniasih, M.Pd.'),
      {
        kasubbag: L('Dadang Sutisna, S.Sos.'),
        staf: [
          staf('PENGADM-UMPEG', 'Pengadministrasi Perkantoran', P('Ni Komang Sri Wahyuni')),
          staf('ANALIS-SDM', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', L('Hendrik Situmorang, S.H.'), 'FUNGSIONAL'),
        ],
      },
      {
        kasubbag: P('Nurhasanah Daulay, S.E.'),
        staf: [staf('BENDAHARA', 'Bendahara Pengeluaran', L('Firmansyah, S.E.'))],
      },
    ),
    bidang('SMA', 'Pembinaan Sekolah Menengah Atas', 'SMA', L('Drs. Yulianto Prabowo, M.Pd.'), [
      seksi('KURSMA', 'Kurikulum dan Penilaian SMA', 'Kurikulum SMA', P('Rini Astuti, S.Pd., M.Pd.'), [
        staf('PENGEMBANG-KUR', 'Pengembang Teknologi Pembelajaran Ahli Pertama', L('Ilham Akbar, S.Pd.'), 'FUNGSIONAL'),
      ]),
      seksi('PDSMA', 'Peserta Didik dan Pembangunan Karakter SMA', 'PD SMA', L('Erwin Syahputra Nasution, S.Pd.'), [
        staf('PENGOLAH-PDSMA', 'Pengolah Data dan Informasi', P('Putri Ayu Ningsih')),
      ]),
    ]),
    bidang('SMK', 'Pembinaan Sekolah Menengah Kejuruan', 'SMK', P('Dr. Ir. Lucia Sembiring, M.T.'), [
      seksi('KURSMK', 'Kurikulum dan Penilaian SMK', 'Kurikulum SMK', L('I Ketut Budiarta, S.T., M.Pd.'), [
        staf('PENELAAH-KUR', 'Penelaah Teknis Kebijakan', P('Wulan Dari Pertiwi, S.Pd.')),
      ]),
      seksi('SARPRAS', 'Sarana dan Prasarana SMK', 'Sarpras SMK', L('Andi Rustam Pawelloi, S.T.'), [
        staf('PENGELOLA-SARPRAS', 'Pengelola Barang Milik Negara', L('Slamet Riyadi')),
      ]),
    ]),
  ]),
};
