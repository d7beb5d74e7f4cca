// What services tell notify(tx, event): the fact, by id. Who hears of it is decided in one place
// (lib/services/notifikasi/resolve-penerima.ts), never by the service that made the change.

export type NotifikasiEvent =
  /** The TU clerk registered an incoming letter: whoever holds the addressed post (Plt./Plh. too) hears. */
  | { jenis: 'SURAT_MASUK_DICATAT'; naskahId: string }
  /** A disposisi was given: its recipient posts have work. */
  | { jenis: 'DISPOSISI_DITERIMA'; disposisiId: string }
  /** A recipient reported follow-up (or closed it): the giver hears. */
  | { jenis: 'TINDAK_LANJUT_DILAPORKAN'; penerimaDisposisiId: string }
  /** Swept: a deadline is tomorrow (to the recipient) or passed (to the recipient and the giver). */
  | { jenis: 'TENGGAT_BESOK' | 'TENGGAT_LEWAT'; penerimaDisposisiId: string }
  /** A verifikator or the signer returned the konsep to its drafter. */
  | { jenis: 'KONSEP_DIKEMBALIKAN'; naskahId: string }
  /** A naskah moved on in its chain: whoever's paraf or signature it now waits for hears. */
  | { jenis: 'NASKAH_MENUNGGU'; naskahId: string }
  /** Signed and delivered: drafter and verifikators, and the tujuan and tembusan posts. */
  | { jenis: 'NASKAH_DITANDATANGANI'; naskahId: string }
  | { jenis: 'TANDA_TANGAN_GAGAL'; naskahId: string; alasan: string }
  /** Someone was made Plt./Plh. of a post: they hear of the work waiting there. */
  | { jenis: 'PENUGASAN_PELAKSANA'; penugasanId: string }
  /** Raised by the certificate check; kunci makes a repeated check write it once. */
  | { jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA'; pegawaiId: string; berlakuSampai: Date; kunci: string };

/** The kunci of a disposisi's notifications to its recipients: withdrawing it finds them by this. */
export const kunciDisposisiDiterima = (disposisiId: string) => `DISPOSISI_DITERIMA:${disposisiId}`;
