import { z } from 'zod';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { tindakLanjutSchema } from '@/lib/domain/disposisi/tindak-lanjut-schema';

/**
 * What a phone may do offline and send later. Signing is not here: the passphrase never rests on
 * the phone. A tindak lanjut offline is text only (files stay an online step).
 */
export const JENIS_TINDAKAN_LURING = ['disposisi', 'tindak-lanjut', 'paraf', 'baca'] as const;
export type JenisTindakanLuring = (typeof JENIS_TINDAKAN_LURING)[number];

/** The envelope the phone sends: who made it, as which post, when, and the form's own fields. */
export const tindakanLuringSchema = z.object({
  kunci: z.uuid('Kunci tindakan tidak dikenal.'),
  pegawaiId: z.uuid('Pegawai tidak dikenal.'),
  jabatanId: z.uuid('Jabatan tidak dikenal.'),
  dibuatDi: z.iso.datetime({ error: 'Waktu tindakan tidak valid.' }).transform((v) => new Date(v)),
  jenis: z.enum(JENIS_TINDAKAN_LURING, { error: 'Jenis tindakan tidak dikenal.' }),
  data: z.record(z.string(), z.union([z.string().max(4000), z.array(z.string().max(200)).max(30)])),
});
export type TindakanLuringInput = z.infer<typeof tindakanLuringSchema>;

/**
 * The field an online form that could be queued sends its key in (withOfflineQueue), so a send whose
 * answer was lost and the queued copy of it are one action. Anything but a UUID is ignored.
 */
export const KUNCI_LURING = 'kunciLuring';
export const kunciLuringField = { [KUNCI_LURING]: z.uuid().optional().catch(undefined) };

const naskahOnly = z.object({ naskahId: z.uuid('Surat tidak dikenal.') });

/** Each kind's fields, checked exactly as the online form's action checks them. */
export const DATA_SCHEMA = {
  disposisi: giveDisposisiSchema,
  'tindak-lanjut': tindakLanjutSchema.omit({ lampiran: true }),
  paraf: naskahOnly,
  baca: naskahOnly,
} as const satisfies Record<JenisTindakanLuring, z.ZodType>;

export type HasilTindakanLuring = { status: 'DITERAPKAN' | 'DITOLAK' | 'DIPROSES'; pesan: string };

export const PESAN_DITERAPKAN: Record<JenisTindakanLuring, string> = {
  disposisi: 'Disposisi terkirim.',
  'tindak-lanjut': 'Laporan tindak lanjut tersimpan.',
  paraf: 'Paraf tercatat.',
  baca: 'Surat ditandai dibaca.',
};
export const PESAN_AKUN_LAIN = 'Tindakan ini dibuat oleh akun lain di perangkat ini; masuk sebagai akun itu untuk mengirimnya.';
export const PESAN_JABATAN_LAIN = 'Tindakan ini dibuat saat Anda bertindak sebagai jabatan lain; pilih jabatan itu lalu kirim ulang.';
export const PESAN_DIPROSES = 'Tindakan ini sudah diterima server tetapi hasilnya belum tercatat; periksa suratnya sebelum mengulang.';
export const PESAN_GAGAL = 'Server gagal menerapkan tindakan ini; periksa suratnya lalu ulangi bila belum tercatat.';
