import { L, P, pimpinan, staf, struktural } from './helpers';
import type { OpdStruktur } from './types';
import type { PemegangDef, PosDef } from './types';

// Setda has no Sekretaris and no Bidang: Sekda -> Asisten -> Kepala Biro -> staf. Asisten
// Administrasi Umum routes incoming letters for the Sekda (Biro Umum handles tata naskah), and
// the system administrator sits in Biro Organisasi.
function asisten(kode: string, nama: string, singkat: string, pemegang: PemegangDef, bawahan: PosDef[], dapatMewakiliAtasan = false): PosDef {
  return struktural(
    `ASISTEN-${kode}`,
    { nama: `Asisten ${nama}`, namaSingkat: `Asisten ${singkat}`, eselon: 'II.a', dapatMewakiliAtasan },
    { kode: `ASISTEN-${kode}`, nama: `Asisten ${nama}`, jenis: 'LAINNYA' },
    pemegang,
    bawahan,
  );
}

// A Biro is Setda's counterpart of a Bidang, hence unit jenis BIDANG.
function biro(kode: string, nama: string, pemegang: PemegangDef, bawahan: PosDef[]): PosDef {
  return struktural(
    `KARO-${kode}`,
    { nama: `Kepala Biro ${nama}`, namaSingkat: `Karo ${kode[0]}${kode.slice(1).toLowerCase()}`, eselon: 'II.b' },
    { kode: `BIRO-${kode}`, nama: `Biro ${nama}`, jenis: 'BIDANG' },
    pemegang,
    bawahan,
  );
}

export const SETDA: OpdStruktur = {
  opdKode: 'SETDA',
  pimpinan: pimpinan('Sekretaris Daerah', 'Sekda', 'I.b', L('Dr. Ir. H. Andi Mappasessu, M.Si.'), [
    asisten('PEMKESRA', 'Pemerintahan dan Kesejahteraan Rakyat', 'Pemkesra', L('Drs. Tumpal Hutapea, M.Si.'), [
      biro('PEMOTDA', 'Pemerintahan dan Otonomi Daerah', P('Dr. Ni Wayan Suastini, S.H., M.H.'), [
        staf('ANALIS-PEMOTDA', 'Analis Kebijakan Ahli Pertama', L('Rudi Hartono, S.IP.'), 'FUNGSIONAL'),
      ]),
      biro('HUKUM', 'Hukum', L('Ferdinand Simatupang, S.H., M.H.'), [
        staf('PERANCANG', 'Perancang Peraturan Perundang-undangan Ahli Pertama', P('Maya Anggraini, S.H.'), 'FUNGSIONAL'),
      ]),
    ]),
    asisten(
      'ADUM',
      'Administrasi Umum',
      'Adum',
      P('Dra. Hj. Yusnidar Koto, M.Si.'),
      [
        biro('UMUM', 'Umum', L('Heru Susanto, S.Sos., M.AP.'), [
          staf('PENGADM-UMUM', 'Pengadministrasi Perkantoran', P('Tuti Alawiyah')),
          staf('ARSIPARIS-UMUM', 'Arsiparis Ahli Pertama', L('Ahmad Zaki Mubarak, S.Hum.'), 'FUNGSIONAL'),
        ]),
        biro('ORGANISASI', 'Organisasi', P('Lenny Marpaung, S.E., M.Si.'), [
          staf('PRAKOM-ORG', 'Pranata Komputer Ahli Pertama', L('Wahyu Kurniawan, S.Kom.'), 'FUNGSIONAL'),
          staf('PENATA-ORG', 'Penata Kelola Sistem dan Teknologi Informasi', P('Gusti Ayu Made Widiastuti, S.Kom.')),
        ]),
      ],
      true,
    ),
  ]),
};
