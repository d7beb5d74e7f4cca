import { z } from 'zod';
import { calendarDay, INVALID_DATE_MESSAGE, optionalLine, singleLine } from '@/lib/domain/input/fields';
import { emptyFileMessage, JENIS_DITERIMA, wrongTypeMessage } from '@/lib/domain/berkas/pdf-policy';
import { MAX_UPLOAD_BYTES, SNIFF_BYTES, sniffJenisIsi, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/sniff';
import { periksaTercetak } from '@/lib/domain/input/karakter-tercetak';
import { kodeKlasifikasiDiketik } from '@/lib/domain/klasifikasi/pilihan';
import { calendarDay as hariKalender } from '@/lib/domain/jabatan/acting';
import { SIFAT_MAX } from './sifat';

/** The oldest tanggal surat taken: a year before it is a typo (1900 for 2019), not a letter. */
export const TANGGAL_SURAT_PALING_AWAL = '1945-08-17';

// What is typed here is printed: on the lembar disposisi, the agenda and the reports (periksaTercetak).
const optionalText = (max: number, message: string) =>
  optionalLine(max, message).superRefine((v, ctx) => {
    if (v) periksaTercetak(v, ctx);
  });

const PINDAIAN_BELUM_DIPILIH = 'Unggah pindaian surat (PDF, JPG, atau PNG).';

// A file input left empty still sends one nameless, empty File; a chosen file of 0 bytes has a name.
const pindaian = z
  .instanceof(File, { error: PINDAIAN_BELUM_DIPILIH })
  .refine((f) => f.size > 0 || f.name !== '', PINDAIAN_BELUM_DIPILIH)
  .refine((f) => f.size > 0 || f.name === '', emptyFileMessage('pindaian'))
  .refine((f) => f.size <= MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE);

/** What the pencatat types from the paper letter. The agenda number is never typed: it is issued. */
export const registerSuratMasukSchema = z.object({
  nomor: z.string({ error: 'Isi nomor surat.' }).pipe(singleLine(120, 'Nomor surat terlalu panjang.').min(1, 'Isi nomor surat.').superRefine(periksaTercetak)),
  // A letter is registered when it arrives, so it cannot be dated later than today: 2099 typed for 2019
  // put it at the top of every date order and opened a berkas "2099" in the archive. Today as in WIT
  // (UTC+9), the day that starts first in Indonesia: a letter dated today in Jayapura is no error.
  tanggalSurat: calendarDay(INVALID_DATE_MESSAGE, 'Isi tanggal surat.')
    .refine((d) => d <= hariKalender(new Date(), 'Asia/Jayapura'), 'Tanggal surat tidak boleh setelah hari ini: surat ini diterima hari ini. Periksa tahunnya.')
    .refine((d) => d >= TANGGAL_SURAT_PALING_AWAL, 'Tanggal surat terlalu lama. Periksa tahunnya.'),
  pengirimNama: z.string({ error: 'Isi pengirim.' }).pipe(singleLine(200, 'Nama pengirim terlalu panjang.').min(2, 'Isi pengirim.').superRefine(periksaTercetak)),
  pengirimAlamat: optionalText(300, 'Alamat pengirim terlalu panjang.'),
  perihal: z.string({ error: 'Isi perihal.' }).pipe(singleLine(500, 'Perihal paling panjang 500 karakter.').min(3, 'Isi perihal.').superRefine(periksaTercetak)),
  /** As printed on the letter; it decides nothing (visibility follows klasifikasiKeamanan). */
  sifat: optionalText(SIFAT_MAX, `Sifat paling panjang ${SIFAT_MAX} karakter.`),
  klasifikasiKeamanan: z.enum(['BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA'], { error: 'Pilih klasifikasi keamanan surat.' }).default('BIASA'),
  derajatKecepatan: z.enum(['BIASA', 'SEGERA', 'SANGAT_SEGERA'], { error: 'Pilih derajat kecepatan.' }).default('BIASA'),
  klasifikasiArsipId: z.string().optional().transform((v) => v || null).pipe(z.uuid('Klasifikasi arsip tidak dikenal.').nullable()),
  /** The kode typed instead, when the instansi's list is too long for a select (KLASIFIKASI_DAFTAR_MAX). */
  klasifikasiArsipKode: kodeKlasifikasiDiketik,
  lampiranJumlah: z.coerce.number({ error: 'Jumlah lampiran harus angka.' }).int('Jumlah lampiran harus bilangan bulat.').min(0, 'Jumlah lampiran tidak boleh negatif.').max(999, 'Jumlah lampiran paling banyak 999.').default(0),
  /** The post it goes to; empty = the pimpinan OPD. */
  tujuanJabatanId: z.string().optional().transform((v) => v || null).pipe(z.uuid('Tujuan tidak dikenal.').nullable()),
  /** The scan (PDF, JPG or PNG); its content is checked by the service, its size here too. */
  pindaian,
  /** The pencatat saw the duplicate warning and registers it anyway. */
  tetapCatat: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
});

export type RegisterSuratMasukInput = z.infer<typeof registerSuratMasukSchema>;

/**
 * The form's schema: the scan's kind is also read from its first bytes here, so a wrong file is
 * named together with the other fields' errors in the same submit, not only after they are fixed.
 * Reading the bytes is asynchronous: parse it with safeParseAsync (defineAction does). The service
 * still checks the whole file (checkUpload); this is the early word, not the authority.
 */
export const registerSuratMasukFormSchema = registerSuratMasukSchema.extend({
  pindaian: pindaian.refine(async (f) => {
    // Empty or too large is already said above; one message per problem.
    if (f.size === 0 || f.size > MAX_UPLOAD_BYTES) return true;
    const jenis = sniffJenisIsi(new Uint8Array(await f.slice(0, SNIFF_BYTES).arrayBuffer()));
    return jenis !== null && JENIS_DITERIMA.pindaian.includes(jenis);
  }, wrongTypeMessage('pindaian')),
});
