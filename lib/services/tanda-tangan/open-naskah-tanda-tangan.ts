import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/policy';
import { naskahDraftScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { makeUnduhToken } from '@/lib/domain/tanda-tangan/unduh-token';
import { publicBaseUrl, unduhBerlakuSampai, unduhSecret } from './public-url';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';

/**
 * A naskah as its signing page shows it: to the signer post, the drafter and the paraf chain
 * (naskahDraftScope). Download links for external addressees are shown once it is signed, for the
 * signer and the drafter to send on.
 */
export async function openNaskahTandaTangan(actor: Actor, naskahId: string) {
  const n = await prisma.naskah.findFirst({
    where: { id: naskahId, ...naskahDraftScope(actor) },
    select: {
      id: true,
      jenis: true,
      status: true,
      perihal: true,
      nomor: true,
      tanggalNaskah: true,
      ditandatanganiPada: true,
      gagalTandaTanganAlasan: true,
      idDokumenPenanda: true,
      tandaTanganBelumPastiSejak: true,
      kodeVerifikasi: true,
      berkasUtamaId: true,
      derajatKecepatan: true,
      klasifikasiKeamanan: true,
      pembuatJabatanId: true,
      penandatanganJabatanId: true,
      pembuatJabatan: { select: { nama: true } },
      penandatanganJabatan: { select: { nama: true } },
      penerima: { orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }], select: { id: true, jenis: true, namaEksternal: true, alamatEksternal: true, jabatan: { select: { nama: true } } } },
      verifikasi: { orderBy: [{ putaran: 'asc' }, { urutan: 'asc' }], select: { id: true, putaran: true, urutan: true, status: true, catatan: true, actedAt: true, pegawaiId: true, jabatan: { select: { nama: true } } } },
    },
  });
  if (!n) throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  const post = actor.activePost?.jabatanId;
  const nama = await prisma.pegawai.findMany({ where: { id: { in: n.verifikasi.flatMap((v) => (v.pegawaiId ? [v.pegawaiId] : [])) } }, select: { id: true, nama: true } });
  const signed = n.status === 'DITANDATANGANI';
  const mayShare = signed && (post === n.penandatanganJabatanId || post === n.pembuatJabatanId);
  const berlakuSampai = unduhBerlakuSampai();

  return {
    id: n.id,
    perihal: n.perihal,
    status: n.status,
    nomor: n.nomor,
    tanggalNaskah: n.tanggalNaskah,
    ditandatanganiPada: n.ditandatanganiPada,
    gagalTandaTanganAlasan: n.status === 'MENUNGGU_TANDA_TANGAN' ? n.gagalTandaTanganAlasan : null,
    belumPasti: n.status === 'MENUNGGU_TANDA_TANGAN' && n.tandaTanganBelumPastiSejak !== null,
    /** The signer backend holds the document of the unknown attempt: it can be fetched, not re-signed. */
    bisaDiperiksaDiBsre: n.status === 'MENUNGGU_TANDA_TANGAN' && n.tandaTanganBelumPastiSejak !== null && n.idDokumenPenanda !== null,
    derajatKecepatan: n.derajatKecepatan,
    klasifikasiKeamanan: n.klasifikasiKeamanan,
    pembuat: n.pembuatJabatan?.nama ?? null,
    penandatangan: n.penandatanganJabatan?.nama ?? null,
    bisaTandaTangan: n.status === 'MENUNGGU_TANDA_TANGAN' && post === n.penandatanganJabatanId && can(actor, 'naskah.sign'),
    berkasFinal: signed && n.berkasUtamaId ? `/tanda-tangan/${n.id}/berkas` : null,
    /** Download links made for this view work until then. */
    tautanBerlakuSampai: mayShare ? berlakuSampai : null,
    verifikasiUrl: signed && n.kodeVerifikasi ? `${publicBaseUrl()}/verifikasi/${n.kodeVerifikasi}` : null,
    penerima: n.penerima.map((p) => ({
      id: p.id,
      jenis: p.jenis,
      nama: p.jabatan?.nama ?? p.namaEksternal ?? '',
      alamat: p.jabatan ? null : p.alamatEksternal,
      eksternal: !p.jabatan,
      tautanUnduh: mayShare && !p.jabatan ? `${publicBaseUrl()}/unduh/${makeUnduhToken(p.id, unduhSecret(), berlakuSampai)}` : null,
    })),
    paraf: n.verifikasi.map((v) => ({
      id: v.id,
      putaran: v.putaran,
      jabatan: v.jabatan.nama,
      status: v.status,
      catatan: v.catatan,
      actedAt: v.actedAt,
      nama: nama.find((p) => p.id === v.pegawaiId)?.nama ?? null,
    })),
  };
}
