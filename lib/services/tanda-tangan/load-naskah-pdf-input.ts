import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { formatLampiran, formatSifat } from '@/lib/domain/naskah/atribut-naskah';
import { parseKonten, type JenisNaskahDidukung } from '@/lib/domain/naskah/konten';
import { parafOnLastPage } from '@/lib/domain/naskah/review-chain';
import type { NaskahPdfInput, PenandatanganPdf } from '@/lib/pdf/naskah/types';
import { getStorage } from '@/lib/storage';

type Db = Prisma.TransactionClient | PrismaClient;

/** What the FINAL render adds to the record: the issued number and date, the QR link, the signer. */
export interface FinalParts {
  nomor: string;
  tanggal: string;
  verifikasiUrl: string;
  penandatangan: PenandatanganPdf;
}

/**
 * The naskah as renderNaskahPdf wants it: DRAFT (preview on the signing page) or FINAL (the document
 * that is numbered and signed). Reads without a scope: callers load the naskah through theirs first.
 */
export async function loadNaskahPdfInput(db: Db, naskahId: string, final: FinalParts | null, penandatanganDraft?: PenandatanganPdf): Promise<NaskahPdfInput> {
  const n = await db.naskah.findUniqueOrThrow({
    where: { id: naskahId },
    select: {
      jenis: true,
      konten: true,
      perihal: true,
      klasifikasiKeamanan: true,
      derajatKecepatan: true,
      lampiranJumlah: true,
      lampiranKeterangan: true,
      opd: { select: { nama: true, alamat: true, kota: true, kodePos: true, telepon: true, email: true, website: true, logoKey: true, ukuranKertas: true, instansi: { select: { nama: true } } } },
      penerima: { orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }], select: { jenis: true, namaEksternal: true, alamatEksternal: true, jabatan: { select: { nama: true } } } },
      verifikasi: { select: { jabatanId: true, putaran: true, urutan: true, status: true, actedAt: true, pegawaiId: true, jabatan: { select: { namaSingkat: true } } } },
    },
  });
  const jenis = n.jenis as JenisNaskahDidukung;
  const logo = n.opd.logoKey ? ((await getStorage().get(n.opd.logoKey))?.bytes ?? null) : null;
  const paraf = parafOnLastPage(n.verifikasi);
  const parafNama = await db.pegawai.findMany({ where: { id: { in: paraf.map((p) => p.pegawaiId!).filter(Boolean) } }, select: { id: true, nama: true } });
  const penerima = (jenis: 'TUJUAN' | 'TEMBUSAN') =>
    n.penerima.filter((p) => p.jenis === jenis).map((p) => (p.jabatan ? { nama: p.jabatan.nama } : { nama: p.namaEksternal ?? '', alamat: p.alamatEksternal }));

  return {
    mode: final ? 'FINAL' : 'DRAFT',
    jenis,
    konten: parseKonten(jenis, n.konten),
    kop: {
      instansi: n.opd.instansi.nama,
      opd: n.opd.nama,
      alamat: n.opd.alamat,
      kota: n.opd.kota,
      kodePos: n.opd.kodePos,
      telepon: n.opd.telepon,
      email: n.opd.email,
      website: n.opd.website,
      logo,
      ukuranKertas: n.opd.ukuranKertas,
    },
    perihal: n.perihal,
    sifat: formatSifat(n.klasifikasiKeamanan, n.derajatKecepatan),
    lampiran: formatLampiran(n.lampiranJumlah, n.lampiranKeterangan),
    tujuan: penerima('TUJUAN'),
    tembusan: penerima('TEMBUSAN'),
    tempat: n.opd.kota,
    tanggal: final?.tanggal ?? null,
    nomor: final?.nomor ?? null,
    verifikasiUrl: final?.verifikasiUrl ?? null,
    penandatangan: final?.penandatangan ?? penandatanganDraft!,
    paraf: paraf.map((p) => ({ jabatan: p.jabatan.namaSingkat, nama: parafNama.find((x) => x.id === p.pegawaiId)?.nama ?? null, waktu: p.actedAt })),
  } as NaskahPdfInput;
}
