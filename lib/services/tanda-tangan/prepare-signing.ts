import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { naskahDraftScope } from '@/lib/authz/scope';
import { DomainError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import type { CaraTandaTanganKode } from '@/lib/domain/naskah/tanda-tangan';
import { caraSaatTandaTangan } from '@/lib/domain/tanda-tangan/cara-saat-tanda-tangan';
import { HANYA_PENANDATANGAN } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import type { SignerPegawai } from '@/lib/pdf/naskah/from-record';
import { planNomor, type NomorPlan } from '@/lib/services/penomoran/plan-nomor';

/** What signing one naskah needs, read in short queries before waiting for the sequence's turn. */
export interface PreparedSigning {
  naskah: {
    id: string;
    opdId: string;
    perihal: string;
    pembuatPegawaiId: string | null;
    instansiId: string;
    singkatan: string;
    /** Set when an earlier attempt ended "belum pasti": the number, date and code it keeps. */
    reserved: { nomor: string; nomorUrut: number; tanggal: string; kodeVerifikasi: string } | null;
  };
  signer: SignerPegawai & { nik: string };
  cara: CaraTandaTanganKode;
  tanggal: string;
  plan: NomorPlan;
  /** Printed in the QR link; a fresh one unless an earlier attempt reserved one. */
  kodeVerifikasi: string;
}

/**
 * Loads a naskah the actor may sign and checks everything that does not need the turn: scope,
 * signer post, state, jenis and klasifikasi. Throws the refusal the signer reads.
 */
export async function prepareSigning(actor: Actor, naskahId: string, now: Date): Promise<PreparedSigning> {
  assertCan(actor, 'naskah.sign');
  const post = actor.activePost!;
  const naskah = await prisma.naskah.findFirst({
    where: { id: naskahId, ...naskahDraftScope(actor) },
    select: {
      id: true,
      opdId: true,
      jenis: true,
      status: true,
      perihal: true,
      caraTandaTangan: true,
      penandatanganJabatanId: true,
      pembuatPegawaiId: true,
      nomor: true,
      nomorUrut: true,
      tanggalNaskah: true,
      kodeVerifikasi: true,
      tandaTanganBelumPastiSejak: true,
      klasifikasiArsip: { select: { kode: true } },
      opd: { select: { instansiId: true, singkatan: true } },
    },
  });
  if (!naskah) throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  if (naskah.penandatanganJabatanId !== post.jabatanId) throw new ForbiddenError(HANYA_PENANDATANGAN);
  assertTransition(naskah.status, 'tandatangani');
  if (!naskah.jenis) throw new DomainError('Jenis naskah belum diisi.');
  if (!naskah.klasifikasiArsip) throw new DomainError('Klasifikasi arsip naskah belum diisi; kembalikan ke pengonsep untuk dilengkapi.');

  const pegawai = await prisma.pegawai.findUniqueOrThrow({
    where: { id: actor.pegawaiId },
    select: { nik: true, nip: true, nama: true, gelarDepan: true, gelarBelakang: true, golongan: true },
  });
  const reserved =
    naskah.tandaTanganBelumPastiSejak && naskah.nomor && naskah.nomorUrut && naskah.tanggalNaskah && naskah.kodeVerifikasi
      ? { nomor: naskah.nomor, nomorUrut: naskah.nomorUrut, tanggal: naskah.tanggalNaskah.toISOString().slice(0, 10), kodeVerifikasi: naskah.kodeVerifikasi }
      : null;
  const tanggal = reserved?.tanggal ?? calendarDay(now);
  return {
    naskah: {
      id: naskah.id,
      opdId: naskah.opdId,
      perihal: naskah.perihal,
      pembuatPegawaiId: naskah.pembuatPegawaiId,
      instansiId: naskah.opd.instansiId,
      singkatan: naskah.opd.singkatan,
      reserved,
    },
    signer: pegawai,
    cara: caraSaatTandaTangan(naskah.caraTandaTangan, post.penugasan),
    tanggal,
    plan: await planNomor(prisma, { opdId: naskah.opdId, jenis: naskah.jenis, klasifikasi: naskah.klasifikasiArsip.kode, unit: naskah.opd.singkatan, tanggal }),
    kodeVerifikasi: reserved?.kodeVerifikasi ?? randomBytes(16).toString('base64url'),
  };
}
