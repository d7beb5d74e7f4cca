// Plausible, deterministic identity data for a demo pegawai: NIP, NIK, golongan, e-mail and the
// date the post was taken up, all derived from a stable key so re-runs produce the same values.
import type { Golongan } from '@/lib/domain/pegawai/golongan';
import { DOMAIN } from './data/instansi';
import type { PemegangDef } from './data/struktur/types';
import { prng, type Prng } from './prng';

const GELAR_DEPAN = new Set(['Prof.', 'Dr.', 'dr.', 'drg.', 'Drs.', 'Dra.', 'Ir.', 'Ns.', 'H.', 'Hj.']);

export interface NamaTerurai {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
}

/** "Dr. Ir. I Gede Wirawan, M.T." -> { gelarDepan: "Dr. Ir.", nama: "I Gede Wirawan", gelarBelakang: "M.T." } */
export function uraiNama(namaLengkap: string): NamaTerurai {
  const koma = namaLengkap.indexOf(', ');
  const depanDanNama = koma === -1 ? namaLengkap : namaLengkap.slice(0, koma);
  const tokens = depanDanNama.split(' ');
  let i = 0;
  while (i < tokens.length - 1 && GELAR_DEPAN.has(tokens[i])) i++;
  return {
    gelarDepan: i > 0 ? tokens.slice(0, i).join(' ') : null,
    nama: tokens.slice(i).join(' '),
    gelarBelakang: koma === -1 ? null : namaLengkap.slice(koma + 2),
  };
}

/**
 * "I Gede Wirawan Putra" -> "gede.wirawan.putra": the last three name words, one-letter words
 * dropped (the last words carry the personal name; leading ones are often birth-order or clan words).
 */
export function emailLokal(nama: string): string {
  return nama
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w.length > 1)
    .slice(-3)
    .join('.');
}

// Age and rank follow the post: [birth year range, golongan choices] per eselon.
const PROFIL_ESELON: Record<string, { lahir: [number, number]; golongan: readonly Golongan[] }> = {
  'I.b': { lahir: [1966, 1969], golongan: ['IV/d', 'IV/e'] },
  'II.a': { lahir: [1967, 1972], golongan: ['IV/c', 'IV/d'] },
  'II.b': { lahir: [1969, 1975], golongan: ['IV/b', 'IV/c'] },
  'III.a': { lahir: [1970, 1978], golongan: ['IV/a', 'IV/b'] },
  'IV.a': { lahir: [1976, 1987], golongan: ['III/c', 'III/d'] },
};

// Staf rank follows education: a sarjana enters at III/a, a diploma at II/c; without a degree a
// pelaksana reaches II/c-II/d only after long service, hence the older birth years.
function profilStaf(gelarBelakang: string | null): { lahir: [number, number]; golongan: readonly Golongan[] } {
  if (gelarBelakang?.startsWith('S.')) return { lahir: [1988, 1997], golongan: ['III/a', 'III/b'] };
  if (gelarBelakang) return { lahir: [1986, 1998], golongan: ['II/c', 'II/d'] };
  return { lahir: [1976, 1988], golongan: ['II/c', 'II/d'] };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function tanggalAcak(r: Prng, tahun: [number, number]): { y: number; m: number; d: number } {
  return { y: r.int(tahun[0], tahun[1]), m: r.int(1, 12), d: r.int(1, 28) };
}

export interface Identitas extends NamaTerurai {
  nip: string;
  nik: string;
  golongan: Golongan;
  email: string;
  /** First day in the post (yyyy-mm-dd), fixed so re-runs find the same assignment. */
  mulaiJabatan: string;
}

export interface IdentitasInput {
  /** Stable key, e.g. "DISKOMINFO/KABID-IKP". */
  key: string;
  pemegang: PemegangDef;
  eselon: string | null;
  /** Fixed NIP and e-mail of a demo account (demo-accounts.ts). */
  tetap?: { nip: string; email: string };
}

export function buatIdentitas({ key, pemegang, eselon, tetap }: IdentitasInput): Identitas {
  const r = prng(key);
  const urai = uraiNama(pemegang.namaLengkap);
  const profil = (eselon && PROFIL_ESELON[eselon]) || profilStaf(urai.gelarBelakang);

  const lahir = tanggalAcak(r, profil.lahir);
  const tmtTahun = Math.min(lahir.y + r.int(22, 28), 2023);
  const tmtBulan = r.pick([1, 3, 3, 4, 12]);
  const jk = pemegang.jk === 'L' ? '1' : '2';
  const nip = tetap?.nip ?? `${lahir.y}${pad(lahir.m)}${pad(lahir.d)}${tmtTahun}${pad(tmtBulan)}${jk}${pad(r.int(1, 30), 3)}`;

  // NIK: fictional province 47, Kota Mandala 71, a kecamatan, then ddmmyy of birth (+40 on the day
  // for women, as Dukcapil does) and a sequence. Birth date is read back from the NIP.
  const [y, m, d] = [nip.slice(0, 4), nip.slice(4, 6), Number(nip.slice(6, 8))];
  const nik = `4771${pad(r.int(1, 12))}${pad(pemegang.jk === 'P' ? d + 40 : d)}${m}${y.slice(2)}${pad(r.int(1, 250), 4)}`;

  const mulai = tanggalAcak(r, [Math.max(Number(nip.slice(8, 12)) + 2, 2019), 2025]);
  return {
    ...urai,
    nip,
    nik,
    golongan: r.pick(profil.golongan),
    email: tetap?.email ?? `${emailLokal(urai.nama)}@${DOMAIN}`,
    mulaiJabatan: `${mulai.y}-${pad(mulai.m)}-${pad(mulai.d)}`,
  };
}
