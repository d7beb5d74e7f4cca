// From a Naskah row to NaskahPdfInput, so every caller (drafting preview, signing) prints the same
// thing. Load the row with NASKAH_PDF_SELECT (through the caller's access scope), then call
// toNaskahPdfInput with what the row does not hold: the signer (the person), paraf names, the
// logo bytes, and for FINAL the issued nomor/tanggal and the verification link. Pure: no I/O.
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatLampiran, formatSifat } from '@/lib/domain/naskah/atribut-naskah';
import { isJenisDidukung } from '@/lib/domain/naskah/konten';
import { namaJabatanPenerima } from '@/lib/domain/naskah/penerima';
import { denganWilayah, wilayahInstansi, type CaraTandaTanganKode } from '@/lib/domain/naskah/tanda-tangan';
import { namaLengkap, pangkatLabel } from '@/lib/domain/pegawai/golongan';
import type { FontFamily } from '../fonts';
import { NaskahPdfError, type ModeNaskahPdf, type NaskahPdfInput, type ParafPdf, type PenerimaPdf } from './types';

const JABATAN = { id: true, nama: true, namaSingkat: true, isPimpinanOpd: true } as const;
/** A recipient post also names its OPD: a post of another OPD is printed with it. */
const JABATAN_PENERIMA = { ...JABATAN, opdId: true, opd: { select: { nama: true } } } as const;

export const NASKAH_PDF_SELECT = {
  id: true,
  opdId: true,
  jenis: true,
  nomor: true,
  tanggalNaskah: true,
  perihal: true,
  lampiranJumlah: true,
  lampiranKeterangan: true,
  klasifikasiKeamanan: true,
  derajatKecepatan: true,
  caraTandaTangan: true,
  konten: true,
  kodeVerifikasi: true,
  opd: {
    select: {
      nama: true,
      alamat: true,
      kota: true,
      kodePos: true,
      telepon: true,
      email: true,
      website: true,
      logoKey: true,
      ukuranKertas: true,
      instansi: { select: { nama: true } },
    },
  },
  penerima: {
    orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }],
    select: { jenis: true, urutan: true, namaEksternal: true, alamatEksternal: true, jabatan: { select: JABATAN_PENERIMA } },
  },
  penandatanganJabatan: { select: { ...JABATAN, parent: { select: JABATAN } } },
  atasNamaJabatan: { select: JABATAN },
  verifikasi: {
    orderBy: [{ putaran: 'desc' }, { urutan: 'asc' }],
    select: { putaran: true, urutan: true, status: true, pegawaiId: true, actedAt: true, jabatan: { select: JABATAN } },
  },
} as const satisfies Prisma.NaskahSelect;

export type NaskahPdfRecord = Prisma.NaskahGetPayload<{ select: typeof NASKAH_PDF_SELECT }>;

/** The person who signs (or will sign): a Pegawai's printed fields. */
export interface SignerPegawai {
  nama: string;
  gelarDepan?: string | null;
  gelarBelakang?: string | null;
  nip?: string | null;
  golongan?: string | null;
}

export interface ToNaskahPdfOptions {
  mode: ModeNaskahPdf;
  /** The signer; absent in an early draft, where a placeholder name is printed. */
  signer?: SignerPegawai | null;
  /** Paraf to print; default: the approved steps of the latest review round (names from pemaraf). */
  paraf?: ParafPdf[];
  /** pegawaiId -> full name of people who gave paraf (VerifikasiNaskah holds only the id). */
  pemaraf?: Readonly<Record<string, string>>;
  /** Logo bytes loaded from storage by opd.logoKey. */
  logo?: Uint8Array | null;
  /** FINAL: the issued number and date when the record does not hold them yet. */
  nomor?: string | null;
  tanggal?: Date | string | null;
  /** FINAL: the public verification URL (QR code) or a ready QR PNG. */
  verifikasiUrl?: string | null;
  qrPng?: Uint8Array | null;
  huruf?: FontFamily;
}

export const NAMA_PENANDATANGAN_BELUM_ADA = '[nama penandatangan]';

type JabatanRow = { id: string; nama: string; namaSingkat: string; isPimpinanOpd: boolean };

export function toNaskahPdfInput(record: NaskahPdfRecord, options: ToNaskahPdfOptions): NaskahPdfInput {
  if (!isJenisDidukung(record.jenis)) throw new NaskahPdfError('Jenis naskah ini belum dapat dicetak.');
  const penandatangan = record.penandatanganJabatan;
  if (!penandatangan) throw new NaskahPdfError('Penandatangan naskah belum dipilih.');
  const wilayah = wilayahInstansi(record.opd.instansi.nama);
  // A pimpinan OPD's post is printed with the region: "Kepala Dinas ... Provinsi Nusa Indah".
  const jabatanCetak = (j: JabatanRow) => (j.isPimpinanOpd ? denganWilayah(j.nama, wilayah) : j.nama);
  const cara = record.caraTandaTangan as CaraTandaTanganKode;
  const atasNama = record.atasNamaJabatan;
  const parent = penandatangan.parent;
  const perantara = cara === 'UB' && parent && parent.id !== atasNama?.id ? jabatanCetak(parent) : null;

  const penerima = (jenis: 'TUJUAN' | 'TEMBUSAN'): PenerimaPdf[] =>
    record.penerima
      .filter((p) => p.jenis === jenis)
      .map((p) => (p.jabatan ? { nama: p.jabatan.isPimpinanOpd ? jabatanCetak(p.jabatan) : namaJabatanPenerima(p.jabatan, record.opdId) } : { nama: p.namaEksternal ?? '-', alamat: p.alamatEksternal }));

  const latestRound = Math.max(0, ...record.verifikasi.map((v) => v.putaran));
  const paraf =
    options.paraf ??
    record.verifikasi
      .filter((v) => v.putaran === latestRound && v.status === 'DISETUJUI')
      .slice(-3)
      .map((v) => ({ jabatan: v.jabatan.namaSingkat, nama: v.pegawaiId ? options.pemaraf?.[v.pegawaiId] ?? null : null, waktu: v.actedAt }));

  const signer = options.signer;
  return {
    mode: options.mode,
    jenis: record.jenis,
    konten: record.konten as never,
    kop: {
      instansi: record.opd.instansi.nama,
      opd: record.opd.nama,
      alamat: record.opd.alamat,
      kota: record.opd.kota,
      kodePos: record.opd.kodePos,
      telepon: record.opd.telepon,
      email: record.opd.email,
      website: record.opd.website,
      logo: options.logo ?? null,
      ukuranKertas: record.opd.ukuranKertas,
    },
    perihal: record.perihal,
    sifat: formatSifat(record.klasifikasiKeamanan, record.derajatKecepatan),
    lampiran: formatLampiran(record.lampiranJumlah, record.lampiranKeterangan),
    tujuan: penerima('TUJUAN'),
    tembusan: penerima('TEMBUSAN'),
    tempat: record.opd.kota,
    tanggal: options.tanggal ?? record.tanggalNaskah,
    nomor: options.nomor ?? record.nomor,
    penandatangan: {
      cara,
      jabatan: jabatanCetak(penandatangan),
      atasNama: atasNama ? jabatanCetak(atasNama) : null,
      perantara,
      nama: signer ? namaLengkap(signer) : NAMA_PENANDATANGAN_BELUM_ADA,
      pangkat: signer ? pangkatLabel(signer.golongan) : null,
      nip: signer?.nip ?? null,
    },
    paraf,
    verifikasiUrl: options.verifikasiUrl ?? null,
    qrPng: options.qrPng ?? null,
    huruf: options.huruf,
  } as NaskahPdfInput;
}
