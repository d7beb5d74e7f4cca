import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { labelAlasanGagal, labelDerajat, labelJenis, labelLangkah, labelSifat } from '@/lib/domain/laporan/labels';
import { medianFromHistogram, persen } from '@/lib/domain/laporan/median';
import { periodeInstan, type LaporanFilter } from '@/lib/domain/laporan/periode';
import type { Baris, BarisDisposisiUnit, BarisLangkah, Laporan } from '@/lib/domain/laporan/types';
import { REFRESH_LAPORAN_ID } from '@/lib/jobs/refresh-laporan';
import { resolveCakupan } from './resolve-cakupan';
import {
  readDisposisiDurasi,
  readDisposisiPerJabatan,
  readGagalTtd,
  readNaskahKeluarDurasi,
  readNaskahKeluarPerJenis,
  readSuratMasuk,
  readTerlambatLive,
  readTunggu,
  rollupWhere,
} from './read-rollup';

const DERAJAT_URUT = ['SANGAT_SEGERA', 'SEGERA', 'BIASA'];

function tally<T>(rows: readonly T[], key: (r: T) => string, jumlah: (r: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + jumlah(r));
  return out;
}

function toBaris(map: Map<string, number>, label: (k: string) => string): Baris[] {
  return [...map].map(([kunci, jumlah]) => ({ kunci, label: label(kunci), jumlah })).sort((a, b) => b.jumlah - a.jumlah || a.label.localeCompare(b.label, 'id'));
}

/**
 * The figures of one report: from the rollups (as fresh as their last refresh) plus the overdue
 * disposisi counted live. Only pimpinan OPD and admins, only their OPDs.
 */
export async function getLaporan(actor: Actor, filter: LaporanFilter, now = new Date()): Promise<Laporan> {
  const cakupan = await resolveCakupan(actor, filter);
  const where = rollupWhere(cakupan, filter);
  const { mulai, akhir } = periodeInstan(filter);
  const [segar, masuk, dispo, dispoJam, terlambat, jenis, naskahJam, tunggu, gagal] = await Promise.all([
    prisma.laporanPembaruan.findUnique({ where: { id: REFRESH_LAPORAN_ID } }),
    readSuratMasuk(where),
    readDisposisiPerJabatan(where),
    readDisposisiDurasi(where),
    readTerlambatLive(cakupan.jabatanIds ?? [...cakupan.jabatan.keys()], mulai, akhir, now),
    readNaskahKeluarPerJenis(where),
    readNaskahKeluarDurasi(where),
    readTunggu(where),
    readGagalTtd(where),
  ]);

  const kelompok = cakupan.opd ? 'unit' : 'opd';
  const groupOf = (jabatanId: string) => {
    const j = cakupan.jabatan.get(jabatanId);
    if (!j) return { kunci: jabatanId, label: 'Jabatan lain' };
    return kelompok === 'unit' ? { kunci: j.unitId, label: j.unitNama } : { kunci: j.opdId, label: j.opdNama };
  };
  const perUnit = new Map<string, BarisDisposisiUnit>();
  const rowOf = (jabatanId: string) => {
    const g = groupOf(jabatanId);
    let row = perUnit.get(g.kunci);
    if (!row) perUnit.set(g.kunci, (row = { kunci: g.kunci, label: g.label, total: 0, selesai: 0, persenSelesai: null, terlambat: 0 }));
    return row;
  };
  for (const r of dispo) {
    const row = rowOf(r.jabatan_id);
    row.total += r.total;
    row.selesai += r.selesai;
  }
  for (const r of terlambat) rowOf(r.jabatan_id).terlambat += r.terlambat;
  for (const row of perUnit.values()) row.persenSelesai = persen(row.selesai, row.total);

  const total = dispo.reduce((s, r) => s + r.total, 0);
  const selesai = dispo.reduce((s, r) => s + r.selesai, 0);

  const langkah = new Map<number, { kali: number; jam: number; terlama: { nama: string; rata: number } | null }>();
  for (const r of tunggu) {
    const l = langkah.get(r.langkah) ?? { kali: 0, jam: 0, terlama: null };
    l.kali += r.kali;
    l.jam += r.jam_total;
    const rata = r.kali > 0 ? r.jam_total / r.kali : 0;
    const nama = r.jabatan_id ? (cakupan.jabatan.get(r.jabatan_id)?.nama ?? 'Jabatan lain') : null;
    if (nama && (!l.terlama || rata > l.terlama.rata)) l.terlama = { nama, rata };
    langkah.set(r.langkah, l);
  }
  const perLangkah: BarisLangkah[] = [...langkah]
    .sort(([a], [b]) => a - b)
    .map(([k, l]) => ({ langkah: k, label: labelLangkah(k), kali: l.kali, rataJam: l.kali > 0 ? l.jam / l.kali : 0, terlamaDi: l.terlama?.nama ?? null }));

  const perDerajat = toBaris(tally(masuk, (r) => r.derajat, (r) => r.jumlah), labelDerajat).sort((a, b) => DERAJAT_URUT.indexOf(a.kunci) - DERAJAT_URUT.indexOf(b.kunci));
  const perJenis = toBaris(tally(jenis, (r) => r.jenis, (r) => r.jumlah), labelJenis);
  const perAlasan = toBaris(tally(gagal, (r) => r.kode, (r) => r.jumlah), labelAlasanGagal);

  return {
    filter,
    opd: cakupan.opd,
    unit: cakupan.unit,
    kelompok,
    opdPilihan: cakupan.opdPilihan,
    unitPilihan: cakupan.unitPilihan,
    diperbaruiPada: segar?.diperbaruiPada ?? null,
    dihitungPada: now,
    suratMasuk: { total: masuk.reduce((s, r) => s + r.jumlah, 0), perSifat: toBaris(tally(masuk, (r) => r.sifat, (r) => r.jumlah), labelSifat), perDerajat },
    disposisi: {
      total,
      selesai,
      persenSelesai: persen(selesai, total),
      medianJamSelesai: medianFromHistogram(dispoJam),
      selesaiTerlambat: dispo.reduce((s, r) => s + r.selesai_terlambat, 0),
      terlambat: terlambat.reduce((s, r) => s + r.terlambat, 0),
      perUnit: [...perUnit.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'id')),
      perOrang: terlambat.map((r) => ({ jabatanId: r.jabatan_id, jabatan: cakupan.jabatan.get(r.jabatan_id)?.nama ?? 'Jabatan lain', pegawai: r.pegawai, terlambat: r.terlambat })),
    },
    naskahKeluar: { total: jenis.reduce((s, r) => s + r.jumlah, 0), perJenis, medianJamKonsepKeTtd: medianFromHistogram(naskahJam) },
    tunggu: { perLangkah },
    gagalTtd: { total: gagal.reduce((s, r) => s + r.jumlah, 0), perAlasan },
  };
}
