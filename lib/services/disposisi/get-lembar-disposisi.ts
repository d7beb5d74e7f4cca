import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { naskahVisibleScope } from '@/lib/authz/scope';
import { akhiriDenganTitik } from '@/lib/domain/kalimat';
import { labelStatusDisposisi } from '@/lib/domain/disposisi/status';
import { NotFoundError } from '@/lib/domain/errors';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';
import { formatHariKalender, formatTanggal, formatTanggalJam } from '@/lib/domain/tanggal';
import { renderLembarDisposisi } from '@/lib/pdf/lembar-disposisi/render-lembar-disposisi';

/**
 * The lembar disposisi of a letter the actor may see, as a one-page PDF: agenda data, the first
 * disposisi as the paper form's checklist, and the whole history. Reading it marks nothing read.
 */
export async function getLembarDisposisi(actor: Actor, naskahId: string, now = new Date()): Promise<{ pdf: Uint8Array; namaFile: string }> {
  assertCan(actor, 'suratMasuk.read');
  const naskah = await prisma.naskah.findFirst({
    where: { id: naskahId, ...naskahVisibleScope(actor) },
    include: {
      opd: { select: { id: true, nama: true, alamat: true, kota: true, telepon: true, email: true, instansi: { select: { nama: true } } } },
      klasifikasiArsip: { select: { kode: true, nama: true } },
      disposisi: {
        where: { ditarikAt: null },
        orderBy: { createdAt: 'asc' },
        include: { dariJabatan: { select: { nama: true } }, penerima: { orderBy: { createdAt: 'asc' }, include: { jabatan: { select: { nama: true } } } } },
      },
    },
  });
  if (!naskah) throw new NotFoundError('Surat tidak ditemukan atau Anda tidak berwenang membukanya.');
  const daftarInstruksi = await prisma.instruksiDisposisi.findMany({ where: { opdId: naskah.opdId, aktif: true }, orderBy: { urutan: 'asc' }, select: { teks: true } });

  const first = naskah.disposisi[0];
  const chosen = new Set(first?.instruksi ?? []);
  // Instructions no longer in the OPD's list still show, ticked, as they were given.
  const instruksi = [...daftarInstruksi.map((i) => i.teks), ...[...chosen].filter((t) => !daftarInstruksi.some((i) => i.teks === t))];
  const o = naskah.opd;
  const pdf = await renderLembarDisposisi({
    instansi: o.instansi.nama,
    opd: o.nama,
    alamat: [o.alamat, o.kota, o.telepon && `Telp. ${o.telepon}`, o.email].filter(Boolean).join(', '),
    agenda: {
      suratDari: [naskah.pengirimNama ?? o.nama, naskah.pengirimAlamat].filter(Boolean).join(', '),
      nomorSurat: naskah.nomor ?? '-',
      tanggalSurat: naskah.tanggalNaskah ? formatHariKalender(naskah.tanggalNaskah) : '-',
      diterima: naskah.tanggalDiterima ? formatTanggalJam(naskah.tanggalDiterima) : '-',
      nomorAgenda: naskah.nomorAgenda ? `${naskah.nomorAgenda}/${naskah.tahunAgenda}` : '-',
      sifat: naskah.sifat ?? '-',
      klasifikasiKeamanan: KLASIFIKASI_KEAMANAN_LABEL[naskah.klasifikasiKeamanan],
      kecepatan: DERAJAT_KECEPATAN_LABEL[naskah.derajatKecepatan],
      klasifikasi: naskah.klasifikasiArsip ? `${naskah.klasifikasiArsip.kode} ${naskah.klasifikasiArsip.nama}` : '-',
      lampiran: naskah.lampiranJumlah ? `${naskah.lampiranJumlah} berkas` : '-',
      perihal: naskah.perihal,
    },
    instruksi: instruksi.map((teks) => ({ teks, dicentang: chosen.has(teks) })),
    diteruskanKepada: first?.penerima.map((p) => p.jabatan.nama) ?? [],
    catatanPimpinan: first?.catatan ?? '',
    riwayat: naskah.disposisi.map((d) => ({
      tanggal: formatTanggalJam(d.createdAt),
      dari: d.dariJabatan.nama,
      kepada: d.penerima.map((p) => `${p.jabatan.nama}: ${labelStatusDisposisi(p.status, p.batasWaktu, now).toLowerCase()}`),
      // An instruksi ending in a period ("Hadiri / wakili.") keeps its one: akhiriDenganTitik.
      isi: [d.instruksi.length > 0 && (d.catatan ? akhiriDenganTitik(d.instruksi.join(', ')) : d.instruksi.join(', ')), d.catatan && `Catatan: ${d.catatan}`].filter(Boolean).join(' '),
      batasWaktu: d.batasWaktu ? formatTanggal(d.batasWaktu) : '',
    })),
    dicetak: akhiriDenganTitik(`Dicetak dari e-Office pada ${formatTanggalJam(now)} oleh ${actor.nama}`),
  });
  return { pdf, namaFile: `lembar-disposisi-${naskah.nomorAgenda ?? 'surat'}-${naskah.tahunAgenda ?? ''}.pdf` };
}
