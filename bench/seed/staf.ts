// The staff an OPD really has. The demo organisation holds 13 to 23 posts per OPD, a provincial
// Dinas a hundred or two once its pelaksana and fungsional are counted, and in this domain every
// pegawai holds a post: the Kepala may dispose to each of them (the letter page carries them all),
// the konsep editor, the admin pages and the tree rules read them all. Each level-3 post (Kasi,
// Kasubbag, Kasubbid) gets STAF_PER_SEKSI posts below it, each held by its own pegawai.

/** Staff posts under each level-3 post: Diskominfo then holds 135 posts, the five OPDs about 540. */
export const STAF_PER_SEKSI = 14;

/** [nama, namaSingkat, jenis] of the staff posts, in the order they are made under a seksi. */
const JABATAN_STAF: readonly [string, string, 'PELAKSANA' | 'FUNGSIONAL'][] = [
  ['Pengadministrasi Perkantoran', 'Pengadm. Perkantoran', 'PELAKSANA'],
  ['Pengolah Data dan Informasi', 'Pengolah Data', 'PELAKSANA'],
  ['Penata Layanan Operasional', 'Penata Layanan', 'PELAKSANA'],
  ['Penelaah Teknis Kebijakan', 'Penelaah Kebijakan', 'PELAKSANA'],
  ['Pengelola Layanan Operasional', 'Pengelola Layanan', 'PELAKSANA'],
  ['Operator Layanan Operasional', 'Operator Layanan', 'PELAKSANA'],
  ['Pranata Komputer Ahli Pertama', 'Prakom Ahli Pertama', 'FUNGSIONAL'],
  ['Arsiparis Ahli Pertama', 'Arsiparis', 'FUNGSIONAL'],
  ['Perencana Ahli Pertama', 'Perencana', 'FUNGSIONAL'],
  ['Analis Kebijakan Ahli Pertama', 'Analis Kebijakan', 'FUNGSIONAL'],
  ['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'Analis SDM Aparatur', 'FUNGSIONAL'],
  ['Pranata Hubungan Masyarakat Ahli Muda', 'Pranata Humas', 'FUNGSIONAL'],
  ['Statistisi Ahli Muda', 'Statistisi', 'FUNGSIONAL'],
  ['Auditor Ahli Pertama', 'Auditor', 'FUNGSIONAL'],
];

const NAMA_DEPAN = [
  'Ahmad', 'Siti', 'Budi', 'Dewi', 'Rudi', 'Ayu', 'Eko', 'Fitri', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lukman', 'Maya', 'Nanda',
  'Oktaviani', 'Putu', 'Ratna', 'Slamet', 'Tri', 'Umar', 'Vina', 'Wayan', 'Yusuf', 'Zahra', 'Ketut', 'Made', 'Nyoman', 'Gusti', 'Rahmat',
];
const NAMA_BELAKANG = [
  'Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Lestari', 'Kurniawan', 'Pratama', 'Susanti', 'Nasution', 'Siregar', 'Harahap', 'Simanjuntak',
  'Wibowo', 'Rahayu', 'Setiawan', 'Permana', 'Sari', 'Utami', 'Gunawan', 'Mahendra', 'Daeng Matta', 'Pangaribuan', 'Suryani', 'Purnomo',
];
const GELAR = ['S.Kom.', 'S.E.', 'S.Sos.', 'A.Md.', 'S.H.', 'S.T.', 'S.I.Kom.', 'S.Stat.', 'M.Si.', 'S.AP.'];

const sqlArray = (words: readonly string[]) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;
/** Item `expr` (1-based, cycling) of a list, as SQL. */
const nth = (words: readonly string[], expr: string) => `(${sqlArray(words)})[1 + (${expr}) % ${words.length}]`;

/**
 * The SQL that adds the staff, in one transaction with the app's triggers on (StrukturVersi moves
 * once). `uuid(name, at)` is the seed's time-ordered id function. Pegawai NIPs are 18 digits
 * (birth date, TMT, sex, number) made unique by the birth date; they sign in with the demo password.
 */
export function stafSql(uuid: (name: string, at: string) => string): string {
  const at = `timestamptz '2022-01-03 08:00+07'`;
  return `
    CREATE TEMP TABLE bench_staf ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY s."opdId", s.urutan, s.kode, i) AS n, i, s.id AS seksi, s."opdId" AS opd, s."unitKerjaId" AS unit, s.kode AS seksi_kode, o."instansiId" AS instansi
    FROM "Jabatan" s JOIN "Opd" o ON o.id = s."opdId" CROSS JOIN generate_series(1, ${STAF_PER_SEKSI}) AS i
    WHERE s.level = 3 AND s.jenis = 'STRUKTURAL' AND s.aktif;
    INSERT INTO "Jabatan" (id, "opdId", "unitKerjaId", "parentId", kode, nama, "namaSingkat", jenis, level, urutan, "updatedAt")
    SELECT ${uuid(`'bench-staf-j-' || n`, at)}, opd, unit, seksi, 'STAF-' || seksi_kode || '-' || lpad(i::text, 2, '0'),
           ${nth(JABATAN_STAF.map((j) => j[0]), 'i - 1')}, ${nth(JABATAN_STAF.map((j) => j[1]), 'i - 1')},
           ${nth(JABATAN_STAF.map((j) => j[2]), 'i - 1')}::"JenisJabatan", 4, 100 + i, now()
    FROM bench_staf;
    INSERT INTO "Pegawai" (id, "instansiId", "opdId", nama, "gelarBelakang", nip, nik, email, "passwordHash", "updatedAt")
    SELECT ${uuid(`'bench-staf-p-' || n`, at)}, instansi, opd,
           ${nth(NAMA_DEPAN, 'n * 7')} || ' ' || ${nth(NAMA_BELAKANG, 'n * 11 + n / 30')},
           CASE WHEN n % 5 = 0 THEN NULL ELSE ${nth(GELAR, 'n * 3')} END,
           to_char(date '1975-01-01' + (n * 13)::int, 'YYYYMMDD') || '202201' || (1 + n % 2) || lpad((n % 1000)::text, 3, '0'),
           '5171' || lpad(n::text, 12, '0'), 'staf.bench.' || n || '@nusaindahprov.go.id',
           (SELECT "passwordHash" FROM "Pegawai" ORDER BY nip LIMIT 1), now()
    FROM bench_staf;
    INSERT INTO "PenugasanJabatan" (id, "pegawaiId", "jabatanId", jenis, mulai)
    SELECT ${uuid(`'bench-staf-t-' || n`, at)}, ${uuid(`'bench-staf-p-' || n`, at)}, ${uuid(`'bench-staf-j-' || n`, at)}, 'DEFINITIF', date '2022-01-03'
    FROM bench_staf;`;
}
