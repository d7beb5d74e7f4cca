import 'server-only';
import { prisma } from '@/lib/db';

/** What the public verification page may tell anyone about an issued naskah. */
export interface NaskahTerbit {
  nomor: string | null;
  /** Null for Rahasia and Sangat Rahasia: the subject alone can leak the secret. */
  perihal: string | null;
  dirahasiakan: boolean;
  opdNama: string;
  tanggalNaskah: Date | null;
  ditandatanganiPada: Date | null;
  kodeVerifikasi: string;
  /** SHA-256 (hex) of the signed PDF the system issued. */
  sha256: string;
}

const SELECT = {
  nomor: true,
  perihal: true,
  klasifikasiKeamanan: true,
  tanggalNaskah: true,
  ditandatanganiPada: true,
  kodeVerifikasi: true,
  opd: { select: { nama: true } },
  berkasUtama: { select: { sha256: true, storageKey: true } },
} as const;

type Row = { nomor: string | null; perihal: string; klasifikasiKeamanan: string; tanggalNaskah: Date | null; ditandatanganiPada: Date | null; kodeVerifikasi: string | null; opd: { nama: string }; berkasUtama: { sha256: string; storageKey: string } | null };

export interface IssuedNaskah {
  naskah: NaskahTerbit;
  /** Where the signed PDF is stored; never shown. */
  storageKey: string;
}

function toPublic(row: Row): IssuedNaskah {
  const dirahasiakan = row.klasifikasiKeamanan === 'RAHASIA' || row.klasifikasiKeamanan === 'SANGAT_RAHASIA';
  const naskah: NaskahTerbit = {
    nomor: row.nomor,
    perihal: dirahasiakan ? null : row.perihal,
    dirahasiakan,
    opdNama: row.opd.nama,
    tanggalNaskah: row.tanggalNaskah,
    ditandatanganiPada: row.ditandatanganiPada,
    kodeVerifikasi: row.kodeVerifikasi!,
    sha256: row.berkasUtama!.sha256,
  };
  return { naskah, storageKey: row.berkasUtama!.storageKey };
}

// Public lookups without an actor: only signed naskah with a verification code and a stored file.
const ISSUED = { status: 'DITANDATANGANI', kodeVerifikasi: { not: null }, berkasUtamaId: { not: null } } as const;

/** The issued naskah with this verification code (no permission check: the code is public by design). */
export async function unsafeFindIssuedNaskahByKode(kode: string): Promise<IssuedNaskah | null> {
  const row = await prisma.naskah.findFirst({ where: { ...ISSUED, kodeVerifikasi: kode }, select: SELECT });
  return row ? toPublic(row) : null;
}

/** The issued naskah whose signed PDF has exactly this SHA-256. */
export async function unsafeFindIssuedNaskahBySha256(sha256: string): Promise<IssuedNaskah | null> {
  const row = await prisma.naskah.findFirst({ where: { ...ISSUED, berkasUtama: { sha256 } }, select: SELECT });
  return row ? toPublic(row) : null;
}
