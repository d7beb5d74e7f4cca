import { KETERANGAN_LABEL } from '@/lib/domain/arsip/retensi';
import type { listDaftarArsip } from '@/lib/services/arsip/list-daftar-arsip';
import type { DaftarBerkas } from './daftar-arsip-form';
import { tanggalArsip } from './format';

/** The service's folders as the table's plain rows (dates already written out). */
export function toDaftar(data: Awaited<ReturnType<typeof listDaftarArsip>>): DaftarBerkas[] {
  return data.berkas.map((b) => ({
    id: b.id,
    nomor: b.nomor,
    judul: b.judul,
    kode: b.klasifikasiArsip?.kode ?? null,
    unit: b.unitKerja.nama,
    milikUnit: b.unitKerjaId === data.unit?.id,
    arsip: b.arsip.map((a, i) => ({
      id: a.id,
      nomorItem: i + 1,
      kode: a.klasifikasiArsip?.kode ?? null,
      uraian: a.naskah.perihal,
      nomor: a.naskah.nomor,
      tanggal: tanggalArsip(a.tanggal),
      aktifSampai: tanggalArsip(a.aktifSampai),
      inaktifSampai: tanggalArsip(a.inaktifSampai),
      keterangan: a.keterangan ? KETERANGAN_LABEL[a.keterangan] : 'JRA belum ada',
      buktiSampai: a.buktiBerlakuSampai ? tanggalArsip(a.buktiBerlakuSampai) : null,
    })),
  }));
}
