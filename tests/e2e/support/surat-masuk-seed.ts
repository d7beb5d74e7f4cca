// An external letter in the Kepala Dinas' inbox as the TU desk registers it (the next agenda
// number of the OPD's agenda book, the day it was received, a delivery), written directly: for
// specs that need one without the registration walk (registration has its own spec). Without the
// agenda it sorted above every registered letter in the agenda book and read "Agenda null/null".
import { calendarDay } from '@/lib/domain/jabatan/acting';
import type { DerajatKecepatan } from '@/lib/generated/prisma/client';
import { AGENDA_SERI, incrementNomorUrut } from '@/lib/services/penomoran/increment-nomor-urut';
import { accountOf } from './roles';
import type { E2ePrisma } from './e2e-database';

export async function seedSuratMasukKepala(
  prisma: E2ePrisma,
  { perihal, pengirimNama, sifat, derajatKecepatan = 'BIASA' }: { perihal: string; pengirimNama: string; sifat?: string; derajatKecepatan?: DerajatKecepatan },
): Promise<string> {
  const kepala = await prisma.pegawai.findUniqueOrThrow({ where: { nip: accountOf('kepala').nip }, select: { penugasan: { where: { jenis: 'DEFINITIF' }, select: { jabatanId: true, jabatan: { select: { opdId: true } } } } } });
  const { jabatanId, jabatan } = kepala.penugasan[0]!;
  const opdId = jabatan.opdId;
  const now = new Date();
  const tahun = Number(calendarDay(now).slice(0, 4));
  return prisma.$transaction(async (tx) => {
    const nomorAgenda = await incrementNomorUrut(tx, { opdId, seri: AGENDA_SERI, tahun });
    const naskah = await tx.naskah.create({
      data: {
        opdId, sumber: 'EKSTERNAL', status: 'TERCATAT', perihal, sifat, pengirimNama, klasifikasiKeamanan: 'BIASA', derajatKecepatan,
        nomor: `000/${nomorAgenda}/UJI/${tahun}`, tanggalNaskah: new Date(`${calendarDay(now)}T00:00:00Z`), nomorAgenda, tahunAgenda: tahun, tanggalDiterima: now,
        deliveries: { create: { jabatanId, opdId, jenis: 'TUJUAN', klasifikasiKeamanan: 'BIASA', derajatKecepatan, deliveredAt: now } },
      },
      select: { id: true },
    });
    return naskah.id;
  });
}
