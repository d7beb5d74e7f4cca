// A report as tables, for XLSX (one sheet each), CSV (one long table) and the printable PDF.
import { formatRentangHari, formatTanggalJam } from '@/lib/domain/tanggal';
import { formatDurasiJam } from './median';
import type { Tabel } from './tabel';
import type { Laporan } from './types';

const satuJam = (jam: number | null) => (jam === null ? null : Math.round(jam * 10) / 10);

/** What a report covers, on the page and in every export: "Bidang X, Dinas Y · 1 Desember 2026 s.d. 6 Desember 2026". */
export function judulCakupan(l: Laporan): string {
  const where = l.opd ? (l.unit ? `${l.unit.nama}, ${l.opd.nama}` : l.opd.nama) : 'Seluruh OPD';
  return `${where} · ${formatRentangHari(l.filter.dari, l.filter.sampai)}`;
}

export function tabelLaporan(l: Laporan): Tabel[] {
  const kelompok = l.kelompok === 'unit' ? 'Unit kerja' : 'OPD';
  return [
    {
      judul: 'Ringkasan',
      kolom: ['Indikator', 'Nilai'],
      baris: [
        ['Cakupan', judulCakupan(l)],
        ['Angka diperbarui', l.diperbaruiPada ? formatTanggalJam(l.diperbaruiPada) : 'belum pernah'],
        ['Surat masuk', l.suratMasuk.total],
        ['Disposisi', l.disposisi.total],
        ['Disposisi selesai', l.disposisi.selesai],
        ['Disposisi selesai (%)', l.disposisi.persenSelesai],
        ['Median waktu sampai selesai (jam)', l.disposisi.medianJamSelesai],
        ['Disposisi selesai terlambat', l.disposisi.selesaiTerlambat],
        ['Disposisi terlambat, belum selesai', l.disposisi.terlambat],
        ['Naskah keluar', l.naskahKeluar.total],
        ['Median konsep sampai tanda tangan (jam)', l.naskahKeluar.medianJamKonsepKeTtd],
        ['Gagal tanda tangan', l.gagalTtd.total],
      ],
    },
    { judul: 'Surat masuk per sifat', kolom: ['Sifat', 'Jumlah'], baris: l.suratMasuk.perSifat.map((b) => [b.label, b.jumlah]), grafik: true },
    { judul: 'Surat masuk per kecepatan', kolom: ['Derajat kecepatan', 'Jumlah'], baris: l.suratMasuk.perDerajat.map((b) => [b.label, b.jumlah]), grafik: true },
    {
      judul: `Disposisi per ${l.kelompok === 'unit' ? 'unit kerja' : 'OPD'}`,
      kolom: [kelompok, 'Disposisi', 'Selesai', 'Selesai (%)', 'Terlambat'],
      baris: l.disposisi.perUnit.map((u) => [u.label, u.total, u.selesai, u.persenSelesai, u.terlambat]),
    },
    { judul: 'Disposisi terlambat per orang', kolom: ['Jabatan', 'Pegawai', 'Terlambat'], baris: l.disposisi.perOrang.map((o) => [o.jabatan, o.pegawai ?? '(kosong)', o.terlambat]) },
    { judul: 'Naskah keluar per jenis', kolom: ['Jenis naskah', 'Jumlah'], baris: l.naskahKeluar.perJenis.map((b) => [b.label, b.jumlah]), grafik: true },
    {
      judul: 'Waktu tunggu per langkah',
      kolom: ['Langkah', 'Kejadian', 'Rata-rata (jam)', 'Rata-rata', 'Terlama di'],
      baris: l.tunggu.perLangkah.map((s) => [s.label, s.kali, satuJam(s.rataJam), formatDurasiJam(s.rataJam), s.terlamaDi]),
    },
    { judul: 'Gagal tanda tangan per alasan', kolom: ['Alasan', 'Jumlah'], baris: l.gagalTtd.perAlasan.map((b) => [b.label, b.jumlah]), grafik: true },
  ];
}

/** Every table as one long table (bagian, kategori, ukuran, nilai): one CSV a spreadsheet can pivot. */
export function tabelPanjang(tables: readonly Tabel[], judul: string): Tabel {
  return {
    judul,
    kolom: ['Bagian', 'Kategori', 'Ukuran', 'Nilai'],
    baris: tables.flatMap((t) => t.baris.flatMap((row) => row.slice(1).map((nilai, i) => [t.judul, row[0] ?? null, t.kolom[i + 1] ?? '', nilai]))),
  };
}
