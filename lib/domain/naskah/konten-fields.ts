// Which field of each jenis is what kind of input: the editor draws one control per field, and the
// server knows which strings are rich text (sanitized) and which are plain.
import type { JenisNaskahDidukung } from './konten';

export type FieldKind =
  /** Rich text (the limited HTML of konten.ts). */
  | 'richText'
  /** Several rich-text blocks (the diktum of a keputusan). */
  | 'richTextList'
  | 'line'
  /** yyyy-mm-dd. */
  | 'date'
  /** Numbered plain-text points, one per line in the editor. */
  | 'points'
  /** People named in a surat tugas / perintah. */
  | 'petugas';

export interface KontenField {
  name: string;
  label: string;
  kind: FieldKind;
  hint?: string;
}

const isi: KontenField[] = [{ name: 'isi', label: 'Isi naskah', kind: 'richText' }];
const bertajuk: KontenField[] = [{ name: 'tentang', label: 'Tentang', kind: 'line' }, ...isi];
const penugasan: KontenField[] = [
  { name: 'dasar', label: 'Dasar', kind: 'points', hint: 'Satu butir per baris.' },
  { name: 'petugas', label: 'Kepada', kind: 'petugas', hint: 'Cari pegawai berdasarkan nama atau NIP, atau tambahkan orang dari luar secara manual. Urutan daftar adalah urutan cetak.' },
  { name: 'untuk', label: 'Untuk', kind: 'points', hint: 'Satu tugas per baris.' },
];

export const KONTEN_FIELDS: Record<JenisNaskahDidukung, KontenField[]> = {
  NOTA_DINAS: isi,
  MEMO: isi,
  SURAT_DINAS: isi,
  SURAT_UNDANGAN: [
    { name: 'pembuka', label: 'Pembuka', kind: 'richText' },
    { name: 'tanggal', label: 'Hari/tanggal acara', kind: 'date' },
    { name: 'waktu', label: 'Waktu', kind: 'line', hint: 'Contoh: 09.00 WIB s.d. selesai' },
    { name: 'tempat', label: 'Tempat', kind: 'line' },
    { name: 'acara', label: 'Acara', kind: 'line' },
    { name: 'penutup', label: 'Penutup', kind: 'richText' },
  ],
  SURAT_EDARAN: bertajuk,
  SURAT_TUGAS: penugasan,
  SURAT_PERINTAH: penugasan,
  KEPUTUSAN: [
    { name: 'tentang', label: 'Tentang', kind: 'line' },
    { name: 'menimbang', label: 'Menimbang', kind: 'points', hint: 'Satu pertimbangan per baris.' },
    { name: 'mengingat', label: 'Mengingat', kind: 'points', hint: 'Satu dasar hukum per baris.' },
    { name: 'memperhatikan', label: 'Memperhatikan', kind: 'points', hint: 'Boleh kosong.' },
    { name: 'menetapkan', label: 'Menetapkan', kind: 'line' },
    { name: 'diktum', label: 'Diktum', kind: 'richTextList', hint: 'KESATU, KEDUA, ... diberi nomor otomatis.' },
  ],
  BERITA_ACARA: isi,
  SURAT_KETERANGAN: isi,
  PENGUMUMAN: bertajuk,
  TELAAHAN_STAF: [
    { name: 'tentang', label: 'Tentang', kind: 'line' },
    { name: 'persoalan', label: 'Persoalan', kind: 'richText' },
    { name: 'praanggapan', label: 'Praanggapan', kind: 'richText' },
    { name: 'fakta', label: 'Fakta yang mempengaruhi', kind: 'richText' },
    { name: 'analisis', label: 'Analisis', kind: 'richText' },
    { name: 'kesimpulan', label: 'Kesimpulan', kind: 'richText' },
    { name: 'saran', label: 'Saran', kind: 'richText' },
  ],
};

/** The empty konten a new konsep starts from. */
export function emptyKonten(jenis: JenisNaskahDidukung): Record<string, unknown> {
  const empty: Record<FieldKind, () => unknown> = {
    richText: () => '',
    richTextList: () => [''],
    line: () => '',
    date: () => '',
    points: () => [],
    petugas: () => [],
  };
  return Object.fromEntries(KONTEN_FIELDS[jenis].map((f) => [f.name, empty[f.kind]()]));
}
