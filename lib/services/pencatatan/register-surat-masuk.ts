import { prisma } from '@/lib/db';
import { recordTeksBerkas } from '@/lib/services/cari/record-teks-berkas';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, opdIdsWithRole } from '@/lib/authz/policy';
import { isKlasifikasiTerbatas } from '@/lib/authz/scope';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import type { RegisterSuratMasukInput } from '@/lib/domain/surat-masuk/registration-schema';
import { fileArsip } from '@/lib/services/arsip/file-arsip';
import { klasifikasiIdDariKode } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { stageUpload, type StagedBerkas } from '@/lib/services/berkas/stage-upload';
import { AGENDA_SERI, incrementNomorUrut } from '@/lib/services/penomoran/increment-nomor-urut';
import { notify } from '@/lib/services/notifikasi/notify';
import { commitBerkas } from '@/lib/services/berkas/store-berkas';

/** The OPD the pencatat registers for: their own post's OPD when they are pencatat there. */
function registrationOpd(actor: Actor): string {
  const opds = opdIdsWithRole(actor, 'suratMasuk.register');
  const list = opds === 'ALL' ? [] : opds;
  const own = actor.activePost?.opdId;
  const opdId = own && list.includes(own) ? own : list[0];
  if (!opdId) throw new ForbiddenError();
  return opdId;
}

/**
 * Registers an incoming letter: issues the next agenda number of the OPD and year (gap-free: the
 * counter row stays locked until the transaction commits, and a rollback returns the number) and
 * delivers the letter to the pimpinan OPD or the chosen post, whose holders are notified. The scan
 * is stored first and removed again when the registration fails, so a refused letter leaves no
 * file behind.
 */
export async function registerSuratMasuk(actor: Actor, input: RegisterSuratMasukInput, now = new Date()) {
  assertCan(actor, 'suratMasuk.register');
  const opdId = registrationOpd(actor);
  const opd = await prisma.opd.findUniqueOrThrow({ where: { id: opdId }, select: { instansiId: true } });

  const tujuan = await prisma.jabatan.findFirst({
    where: input.tujuanJabatanId ? { id: input.tujuanJabatanId, opdId, aktif: true } : { opdId, isPimpinanOpd: true, aktif: true },
    select: { id: true },
  });
  if (!tujuan) {
    throw new DomainError('Tujuan surat harus jabatan aktif di OPD Anda.', { tujuanJabatanId: ['Tujuan surat harus jabatan aktif di OPD Anda.'] });
  }
  let klasifikasiArsipId = input.klasifikasiArsipId;
  if (klasifikasiArsipId) {
    const ok = await prisma.klasifikasiArsip.count({ where: { id: klasifikasiArsipId, instansiId: opd.instansiId, aktif: true } });
    if (!ok) throw new DomainError('Klasifikasi arsip tidak dikenal.', { klasifikasiArsipId: ['Klasifikasi arsip tidak dikenal.'] });
  } else if (input.klasifikasiArsipKode) {
    klasifikasiArsipId = await klasifikasiIdDariKode(opd.instansiId, input.klasifikasiArsipKode, 'klasifikasiArsipKode');
  }
  if (!input.tetapCatat) {
    const duplicate = await prisma.naskah.findFirst({
      where: { opdId, sumber: 'EKSTERNAL', nomor: { equals: input.nomor, mode: 'insensitive' }, pengirimNama: { equals: input.pengirimNama, mode: 'insensitive' } },
      select: { nomorAgenda: true, tahunAgenda: true },
    });
    if (duplicate) {
      const message = `Surat dengan nomor dan pengirim yang sama sudah dicatat (agenda ${duplicate.nomorAgenda}/${duplicate.tahunAgenda}). Centang "tetap catat" bila memang surat yang berbeda.`;
      throw new DomainError(message, { tetapCatat: [message] });
    }
  }

  const tahun = Number(calendarDay(now).slice(0, 4));
  const scan = await stageUpload(input.pindaian, { prefix: 'pindaian', field: 'pindaian', imagesToPdf: true });
  try {
    const naskah = await insertSuratMasuk(actor, { ...input, klasifikasiArsipId }, { opdId, instansiId: opd.instansiId, tujuanId: tujuan.id, tahun, scan, now });
    await recordTeksBerkas(naskah.id);
    return naskah;
  } catch (error) {
    await scan.discard();
    throw error;
  }
}

interface InsertContext {
  opdId: string;
  instansiId: string;
  tujuanId: string;
  tahun: number;
  scan: StagedBerkas;
  now: Date;
}

function insertSuratMasuk(actor: Actor, input: RegisterSuratMasukInput, { opdId, instansiId, tujuanId, tahun, scan, now }: InsertContext) {
  return prisma.$transaction(async (tx) => {
    const nomorAgenda = await incrementNomorUrut(tx, { opdId, seri: AGENDA_SERI, tahun });
    const naskah = await tx.naskah.create({
      data: {
        opdId,
        sumber: 'EKSTERNAL',
        status: 'TERCATAT',
        nomor: input.nomor,
        tanggalNaskah: new Date(`${input.tanggalSurat}T00:00:00Z`),
        perihal: input.perihal,
        pengirimNama: input.pengirimNama,
        pengirimAlamat: input.pengirimAlamat,
        sifat: input.sifat,
        klasifikasiKeamanan: input.klasifikasiKeamanan,
        derajatKecepatan: input.derajatKecepatan,
        klasifikasiArsipId: input.klasifikasiArsipId,
        lampiranJumlah: input.lampiranJumlah,
        nomorAgenda,
        tahunAgenda: tahun,
        tanggalDiterima: now,
        pembuatPegawaiId: actor.pegawaiId,
        pembuatJabatanId: actor.activePost?.jabatanId ?? null,
        deliveries: {
          create: { jabatanId: tujuanId, opdId, jenis: 'TUJUAN', klasifikasiKeamanan: input.klasifikasiKeamanan, derajatKecepatan: input.derajatKecepatan, deliveredAt: now },
        },
      },
      select: { id: true, nomorAgenda: true, tahunAgenda: true },
    });
    const berkas = await commitBerkas(tx, { ...scan, jenis: 'PINDAI', naskahId: naskah.id, diunggahOlehId: actor.pegawaiId });
    await tx.naskah.update({ where: { id: naskah.id }, data: { berkasUtamaId: berkas.id } });
    await fileArsip(tx, actor, naskah.id, now);
    await recordAudit(tx, actor, {
      instansiId,
      opdId,
      action: 'suratMasuk.register',
      entityType: 'Naskah',
      entityId: naskah.id,
      // Admins read the audit log: a secret letter's nomor, pengirim and perihal stay out of it.
      after: {
        ...(isKlasifikasiTerbatas(input.klasifikasiKeamanan) ? {} : { nomor: input.nomor, pengirim: input.pengirimNama, perihal: input.perihal }),
        sifat: input.sifat,
        klasifikasiKeamanan: input.klasifikasiKeamanan,
        nomorAgenda: naskah.nomorAgenda,
        tujuan: tujuanId,
        berkas: { id: berkas.id, sha256: scan.sha256, kontenAktif: scan.kontenAktif },
      },
    });
    await notify(tx, { jenis: 'SURAT_MASUK_DICATAT', naskahId: naskah.id }, { now, actorPegawaiId: actor.pegawaiId });
    return naskah;
  });
}
