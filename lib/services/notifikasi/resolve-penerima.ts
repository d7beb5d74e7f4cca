// The one place that decides who hears of an event, and in which words. Work belongs to posts, so
// most events go to whoever holds the post today (Plt./Plh. included, told in which post); a few go
// to people by name (the drafter, the verifikators who gave paraf, a certificate's owner).
import type { Prisma } from '@/lib/generated/prisma/client';
import { kunciDisposisiDiterima, type NotifikasiEvent } from '@/lib/domain/notifikasi/event';
import { susunPesan, type Pesan, type PesanInput } from '@/lib/domain/notifikasi/pesan';
import { currentStep } from '@/lib/domain/naskah/review-chain';
import { formatTanggal } from '@/lib/domain/tanggal';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { findPemegangJabatan } from './pemegang-jabatan';

export interface DraftNotifikasi extends Pesan {
  pegawaiId: string;
  /** The post the work waits in, for posts held as Plt./Plh. or besides one's own. */
  jabatanId: string | null;
  kunci: string | null;
}

const SURAT = { id: true, perihal: true, nomor: true, klasifikasiKeamanan: true } as const;

type Tx = Prisma.TransactionClient;

async function untukJabatan(tx: Tx, jabatanIds: readonly string[], input: PesanInput, now: Date, kunci: string | null = null): Promise<DraftNotifikasi[]> {
  const holders = await findPemegangJabatan(tx, jabatanIds, now);
  return holders.map((h) => ({ ...susunPesan(input, h.sebagai), pegawaiId: h.pegawaiId, jabatanId: h.jabatanId, kunci }));
}

function untukPegawai(pegawaiIds: readonly string[], input: PesanInput, kunci: string | null = null): DraftNotifikasi[] {
  return [...new Set(pegawaiIds)].map((pegawaiId) => ({ ...susunPesan(input), pegawaiId, jabatanId: null, kunci }));
}

export async function resolvePenerima(tx: Tx, event: NotifikasiEvent, actorPegawaiId: string | null, now: Date): Promise<DraftNotifikasi[]> {
  const drafts = await draftsFor(tx, event, now);
  // One notification per person and kind for one event (a Plh. of two recipient posts hears once);
  // the person who caused the event does not hear of it.
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.pegawaiId}|${d.jenis}`;
    if (seen.has(key) || d.pegawaiId === actorPegawaiId) return false;
    seen.add(key);
    return true;
  });
}

async function draftsFor(tx: Tx, event: NotifikasiEvent, now: Date): Promise<DraftNotifikasi[]> {
  switch (event.jenis) {
    case 'SURAT_MASUK_DICATAT': {
      const n = await tx.naskah.findUniqueOrThrow({ where: { id: event.naskahId }, select: { ...SURAT, pengirimNama: true, deliveries: { where: { jenis: 'TUJUAN' }, select: { jabatanId: true } } } });
      return untukJabatan(tx, n.deliveries.map((d) => d.jabatanId), { jenis: 'SURAT_DITERIMA', surat: n, tembusan: false, pengirim: n.pengirimNama }, now);
    }
    case 'DISPOSISI_DITERIMA': {
      const d = await tx.disposisi.findUniqueOrThrow({
        where: { id: event.disposisiId },
        select: { batasWaktu: true, naskah: { select: SURAT }, dariJabatan: { select: { nama: true } }, penerima: { where: { status: { not: 'DITARIK' } }, select: { jabatanId: true } } },
      });
      const input: PesanInput = { jenis: 'DISPOSISI_DITERIMA', surat: d.naskah, dari: d.dariJabatan.nama, batasWaktu: d.batasWaktu ? formatTanggal(d.batasWaktu) : null };
      return untukJabatan(tx, d.penerima.map((p) => p.jabatanId), input, now, kunciDisposisiDiterima(event.disposisiId));
    }
    case 'TINDAK_LANJUT_DILAPORKAN': {
      const p = await loadPenerimaDisposisi(tx, event.penerimaDisposisiId);
      const input: PesanInput = { jenis: 'TINDAK_LANJUT_DILAPORKAN', surat: p.disposisi.naskah, oleh: p.jabatan.nama, selesai: p.status === 'SELESAI' };
      return untukJabatan(tx, [p.disposisi.dariJabatanId], input, now);
    }
    case 'TENGGAT_BESOK':
    case 'TENGGAT_LEWAT': {
      const p = await loadPenerimaDisposisi(tx, event.penerimaDisposisiId);
      if (!p.batasWaktu || p.status === 'SELESAI' || p.status === 'DITARIK') return [];
      const base = { jenis: event.jenis, surat: p.disposisi.naskah, batasWaktu: formatTanggal(p.batasWaktu), penerima: p.jabatan.nama };
      const kunci = `${event.jenis}:${p.id}`;
      const recipient = await untukJabatan(tx, [p.jabatanId], { ...base, untukPemberi: false }, now, kunci);
      if (event.jenis === 'TENGGAT_BESOK') return recipient;
      return [...recipient, ...(await untukJabatan(tx, [p.disposisi.dariJabatanId], { ...base, untukPemberi: true }, now, kunci))];
    }
    case 'KONSEP_DIKEMBALIKAN': {
      const n = await tx.naskah.findUniqueOrThrow({
        where: { id: event.naskahId },
        select: { ...SURAT, pembuatJabatanId: true, verifikasi: { where: { status: 'DIKEMBALIKAN' }, orderBy: { actedAt: 'desc' }, take: 1, select: { jabatan: { select: { nama: true } } } } },
      });
      if (!n.pembuatJabatanId) return [];
      return untukJabatan(tx, [n.pembuatJabatanId], { jenis: 'KONSEP_DIKEMBALIKAN', surat: n, oleh: n.verifikasi[0]?.jabatan.nama ?? 'Pemeriksa' }, now);
    }
    case 'NASKAH_MENUNGGU': {
      const n = await tx.naskah.findUniqueOrThrow({
        where: { id: event.naskahId },
        select: { ...SURAT, status: true, penandatanganJabatanId: true, verifikasi: { select: { jabatanId: true, putaran: true, urutan: true, status: true } } },
      });
      if (n.status === 'MENUNGGU_TANDA_TANGAN' && n.penandatanganJabatanId) return untukJabatan(tx, [n.penandatanganJabatanId], { jenis: 'TANDA_TANGAN_DITUNGGU', surat: n }, now);
      const step = n.status === 'VERIFIKASI' ? currentStep(n.verifikasi) : null;
      return step ? untukJabatan(tx, [step.jabatanId], { jenis: 'PARAF_DITUNGGU', surat: n }, now) : [];
    }
    case 'NASKAH_DITANDATANGANI': {
      const n = await tx.naskah.findUniqueOrThrow({
        where: { id: event.naskahId },
        select: {
          ...SURAT,
          pembuatPegawaiId: true,
          verifikasi: { where: { status: 'DISETUJUI', pegawaiId: { not: null } }, select: { pegawaiId: true } },
          deliveries: { select: { jabatanId: true, jenis: true } },
        },
      });
      const penyusun = [n.pembuatPegawaiId, ...n.verifikasi.map((v) => v.pegawaiId)].filter((id): id is string => !!id);
      const tujuan = n.deliveries.filter((d) => d.jenis === 'TUJUAN').map((d) => d.jabatanId);
      const tembusan = n.deliveries.filter((d) => d.jenis === 'TEMBUSAN').map((d) => d.jabatanId);
      const [keTujuan, keTembusan] = await Promise.all([
        untukJabatan(tx, tujuan, { jenis: 'SURAT_DITERIMA', surat: n, tembusan: false }, now),
        untukJabatan(tx, tembusan, { jenis: 'SURAT_DITERIMA', surat: n, tembusan: true }, now),
      ]);
      return [...untukPegawai(penyusun, { jenis: 'NASKAH_DITANDATANGANI', surat: n }), ...keTujuan, ...keTembusan];
    }
    case 'TANDA_TANGAN_GAGAL': {
      const n = await tx.naskah.findUniqueOrThrow({ where: { id: event.naskahId }, select: { ...SURAT, penandatanganJabatanId: true } });
      if (!n.penandatanganJabatanId) return [];
      return untukJabatan(tx, [n.penandatanganJabatanId], { jenis: 'TANDA_TANGAN_GAGAL', surat: n, alasan: event.alasan }, now);
    }
    case 'PENUGASAN_PELAKSANA': {
      const p = await tx.penugasanJabatan.findUniqueOrThrow({ where: { id: event.penugasanId }, select: { pegawaiId: true, jenis: true, jabatanId: true, jabatan: { select: { nama: true } } } });
      if (p.jenis === 'DEFINITIF') return [];
      const jumlahPekerjaan = await countPekerjaanDiJabatan(tx, p.jabatanId);
      const sebagai = `${p.jenis === 'PLT' ? 'Plt.' : 'Plh.'} ${p.jabatan.nama}`;
      return [{ ...susunPesan({ jenis: 'PENUGASAN_PELAKSANA', jabatan: sebagai, jumlahPekerjaan }), pegawaiId: p.pegawaiId, jabatanId: p.jabatanId, kunci: null }];
    }
    case 'SERTIFIKAT_AKAN_KEDALUWARSA': {
      // The holder, and the admins who can help renew it: every admin of the instansi, the OPD's own.
      const holder = await tx.pegawai.findUniqueOrThrow({ where: { id: event.pegawaiId }, select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, opdId: true, instansiId: true } });
      const admins = await tx.roleGrant.findMany({
        where: { pegawai: { aktif: true, instansiId: holder.instansiId }, OR: [{ role: 'ADMIN_INSTANSI' }, { role: 'ADMIN_OPD', opdId: holder.opdId }] },
        select: { pegawaiId: true },
      });
      const tentang = { jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA', berlakuSampai: event.berlakuSampai, now } as const;
      return [
        ...untukPegawai([holder.id], { ...tentang, pemegang: null }, event.kunci),
        ...untukPegawai(
          admins.map((a) => a.pegawaiId).filter((id) => id !== holder.id),
          { ...tentang, pemegang: { pegawaiId: holder.id, nama: namaLengkap(holder) } },
          event.kunci,
        ),
      ];
    }
  }
}

function loadPenerimaDisposisi(tx: Tx, id: string) {
  return tx.penerimaDisposisi.findUniqueOrThrow({
    where: { id },
    select: { id: true, jabatanId: true, status: true, batasWaktu: true, jabatan: { select: { nama: true } }, disposisi: { select: { dariJabatanId: true, naskah: { select: SURAT } } } },
  });
}

/** What waits in a post: unread letters, open disposisi, paraf and signatures (as on Beranda). */
async function countPekerjaanDiJabatan(tx: Tx, jabatanId: string): Promise<number> {
  const [surat, disposisi, tandaTangan, paraf] = await Promise.all([
    tx.delivery.count({ where: { jabatanId, readAt: null, archivedAt: null } }),
    tx.penerimaDisposisi.count({ where: { jabatanId, status: { in: ['BELUM_DIBACA', 'DIBACA'] } } }),
    tx.naskah.count({ where: { penandatanganJabatanId: jabatanId, status: 'MENUNGGU_TANDA_TANGAN' } }),
    tx.verifikasiNaskah.count({ where: { jabatanId, status: 'MENUNGGU', naskah: { status: 'VERIFIKASI' } } }),
  ]);
  return surat + disposisi + tandaTangan + paraf;
}

