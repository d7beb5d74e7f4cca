import { L, P, bidang, pimpinan, sekretariat, staf, subbidang } from './helpers';
import type { OpdStruktur } from './types';

// Kepala Bidang Infrastruktur dan Kewilayahan is deliberately vacant: the Sekretaris holds it as
// Plt. (data/plt.ts), so the demo shows an acting official with two inboxes.
export const BAPPEDA: OpdStruktur = {
  opdKode: 'BAPPEDA',
  pimpinan: pimpinan('Kepala Badan Perencanaan Pembangunan Daerah', 'Kaban', 'II.a', L('Dr. Ir. Syahrial Chaniago, M.Sc.'), [
    sekretariat(
      L('Bambang Hermawan, S.E., M.M.'),
      {
        kasubbag: P('Euis Komariah, S.Sos.'),
        staf: [
          staf('PENGADM-UMPEG', 'Pengadministrasi Perkantoran', L('Asep Saepudin')),
          staf('ANALIS-SDM', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', P('Fitri Handayani, S.Psi.'), 'FUNGSIONAL'),
        ],
      },
      {
        kasubbag: L('Arif Rahman Hakim, S.E.'),
        staf: [staf('BENDAHARA', 'Bendahara Pengeluaran', P('Ratna Sari Dewi, A.Md.Ak.'))],
      },
    ),
    bidang('PPEPD', 'Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', 'PPEPD', P('Dr. Hj. Rahmawati Yunus, S.E., M.Si.'), [
      subbidang('PERENCANAAN', 'Perencanaan Pembangunan Daerah', 'Perencanaan', L('Ikhsan Maulana, S.T., M.T.'), [
        staf('PERENCANA-1', 'Perencana Ahli Pertama', P('Cut Nyak Meutia Safitri, S.E.'), 'FUNGSIONAL'),
      ]),
      subbidang('DALEV', 'Pengendalian dan Evaluasi', 'Dalev', P('Theresia Manurung, S.E., M.M.'), [
        staf('PENGOLAH-DALEV', 'Pengolah Data dan Informasi', L('Gilang Ramadhan, A.Md.')),
      ]),
    ]),
    bidang('IPW', 'Infrastruktur dan Kewilayahan', 'IPW', null, [
      subbidang('INFRA', 'Infrastruktur', 'Infrastruktur', L('Ir. Komang Adi Suarjana'), [
        staf('PERENCANA-2', 'Perencana Ahli Pertama', L('Reza Fahlevi, S.T.'), 'FUNGSIONAL'),
      ]),
      subbidang('WILAYAH', 'Kewilayahan dan Tata Ruang', 'Wilayah', P('Nurul Hidayah, S.T., M.Sc.'), [
        staf('PENELAAH-WIL', 'Penelaah Teknis Kebijakan', P('Anisa Rahmadani, S.Pd.')),
      ]),
    ]),
    bidang('PEREKSDA', 'Perekonomian dan Sumber Daya Alam', 'Perek SDA', L('Muhammad Amin Siregar, S.P., M.Si.'), [
      subbidang('EKONOMI', 'Perekonomian', 'Perekonomian', P('Wayan Sri Astuti, S.E.'), [
        staf('PENELAAH-EKO', 'Penelaah Teknis Kebijakan', L('Doni Saputra, S.E.')),
      ]),
      subbidang('SDA', 'Sumber Daya Alam', 'SDA', L('Andi Baso Tenri, S.Hut., M.P.'), [
        staf('PENGOLAH-SDA', 'Pengolah Data dan Informasi', P('Melati Kusumawardani')),
      ]),
    ]),
  ]),
};
