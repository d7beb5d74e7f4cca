import type { AuthAuditDetails } from '@/lib/domain/auth/audit-events';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '@/lib/domain/auth/lockout';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
type JsonObject = { [key: string]: Json | undefined };

/**
 * Every audit action the app writes: one list, one style, `entity.verbCamel` (two segments: the thing,
 * in the domain's word, then an English verb, camelCase: `naskah.signFail`, `lampiran.upload`), each
 * with the verb phrase /admin/audit puts between the person and the thing ("Budi Santoso
 * menandatangani naskah …"). `recordAudit` accepts only these, so a new action is added here or not
 * at all. A renamed action also renames the stored rows and the views that filter on it (migration
 * audit_aksi_seragam).
 */
export const AKSI_AUDIT = {
  'auth.login': 'masuk ke aplikasi',
  'auth.fail': 'gagal masuk',
  'auth.lock': `dikunci ${LOCKOUT_MINUTES} menit setelah ${MAX_FAILED_LOGINS} kali gagal masuk`,
  'auth.throttle': 'ditolak masuk karena terlalu banyak percobaan',
  'auth.logout': 'keluar dari aplikasi',

  'surat.read': 'membuka surat',
  'suratMasuk.register': 'mencatat surat masuk',

  'naskah.create': 'membuat konsep',
  'naskah.save': 'menyimpan konsep',
  'naskah.submit': 'mengajukan untuk diperiksa',
  'naskah.paraf': 'memaraf',
  'naskah.return': 'mengembalikan ke pembuat',
  'naskah.editAsVerifikator': 'menyunting sebagai verifikator',
  'naskah.withdraw': 'menarik kembali',
  'naskah.cancel': 'membatalkan konsep',
  'naskah.sign': 'menandatangani',
  'naskah.signFail': 'gagal menandatangani',
  'naskah.signUncertain': 'menandatangani dengan hasil belum pasti',
  'naskah.reconcileFail': 'gagal mencocokkan hasil tanda tangan di BSrE untuk',
  'pegawai.throttlePassphrase': 'ditolak menandatangani karena terlalu banyak percobaan passphrase untuk',
  'lampiran.upload': 'mengunggah lampiran untuk',
  'lampiran.delete': 'menghapus lampiran dari',

  'disposisi.give': 'memberi disposisi atas',
  'disposisi.withdraw': 'menarik disposisi atas',
  'disposisi.followUp': 'melaporkan tindak lanjut disposisi atas',
  'disposisi.complete': 'menyelesaikan disposisi atas',
  'presetDisposisi.save': 'menyimpan preset disposisi',
  'presetDisposisi.delete': 'menghapus preset disposisi',

  'opd.create': 'membuat OPD',
  'opd.update': 'mengubah data OPD',
  'opd.updateLogo': 'mengganti logo OPD',
  'opd.import': 'mengimpor struktur OPD',
  'unitKerja.create': 'membuat unit kerja',
  'unitKerja.rename': 'mengganti nama unit kerja',
  'unitKerja.move': 'memindahkan unit kerja',
  'unitKerja.deactivate': 'menonaktifkan unit kerja',
  'jabatan.create': 'membuat jabatan',
  'jabatan.rename': 'mengganti nama jabatan',
  'jabatan.move': 'memindahkan jabatan',
  'jabatan.deactivate': 'menonaktifkan jabatan',
  'pegawai.create': 'menambah pegawai',
  'pegawai.update': 'mengubah data pegawai',
  'pegawai.activate': 'mengaktifkan pegawai',
  'pegawai.deactivate': 'menonaktifkan pegawai',
  'pegawai.resetPassword': 'mengatur ulang kata sandi',
  'penugasan.assign': 'menugaskan pegawai pada',
  'penugasan.end': 'mengakhiri penugasan pada',
  'penugasan.cancel': 'membatalkan penugasan yang belum dimulai pada',
  'role.grant': 'memberi peran kepada',
  'role.revoke': 'mencabut peran dari',
  'templatePenomoran.save': 'mengubah templat penomoran',
  'instruksi.add': 'menambah instruksi disposisi',
  'instruksi.setActive': 'mengubah status instruksi disposisi',
  'klasifikasi.create': 'menambah klasifikasi arsip',
  'klasifikasi.import': 'mengimpor klasifikasi arsip',
  'klasifikasi.rename': 'mengganti nama klasifikasi arsip',
  'klasifikasi.setActive': 'mengubah status klasifikasi arsip',
  'jra.import': 'mengimpor Jadwal Retensi Arsip',
  'jra.update': 'mengubah retensi klasifikasi arsip',
  'arsip.file': 'memberkaskan arsip',
  'arsip.move': 'memindahkan arsip ke berkas lain',
  'arsip.deleteFiles': 'menghapus berkas arsip yang dimusnahkan',
  'arsip.renewBukti': 'memperbarui bukti tanda tangan arsip',
  'arsip.export': 'meminta ekspor seluruh arsip',
  'arsip.proposePenyusutan': 'mengusulkan penyusutan arsip',
  'arsip.transfer': 'memindahkan arsip ke unit kearsipan (inaktif)',
  'arsip.destroy': 'memusnahkan arsip',
  'arsip.handOver': 'menyerahkan arsip ke lembaga kearsipan',
  'berkasArsip.create': 'membuat berkas arsip',
  'penyusutan.create': 'menyusun daftar penyusutan arsip',
  'penyusutan.approve': 'menyetujui penyusutan arsip',
  'penyusutan.cancel': 'membatalkan penyusutan arsip',
  'penyusutan.execute': 'melaksanakan penyusutan arsip',
} as const satisfies Record<string, string>;

export type AksiAudit = keyof typeof AKSI_AUDIT;

export function isAksiAudit(value: string): value is AksiAudit {
  return Object.hasOwn(AKSI_AUDIT, value);
}

/** An action as the audit filter lists it ("Gagal menandatangani", "Mengunggah lampiran"): its phrase, without the word that joins it to the thing. */
export function labelAksi(aksi: AksiAudit): string {
  const frase = AKSI_AUDIT[aksi].replace(/\s+(untuk|atas|dari|pada|kepada)$/, '');
  return frase.charAt(0).toUpperCase() + frase.slice(1);
}

/** Every action as a filter option, in the order of their labels. */
export function pilihanAksi(): { value: AksiAudit; label: string }[] {
  return (Object.keys(AKSI_AUDIT) as AksiAudit[]).map((value) => ({ value, label: labelAksi(value) })).sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** What each audited thing is called (the `entityType` column), in the filter and the sentences. */
export const ENTITAS_AUDIT = {
  Naskah: 'Naskah / surat',
  Disposisi: 'Disposisi',
  PenerimaDisposisi: 'Tindak lanjut disposisi',
  Berkas: 'Lampiran',
  PresetDisposisi: 'Preset disposisi',
  Opd: 'OPD',
  UnitKerja: 'Unit kerja',
  Jabatan: 'Jabatan',
  Pegawai: 'Pegawai',
  PenugasanJabatan: 'Penugasan',
  RoleGrant: 'Peran',
  TemplatePenomoran: 'Templat penomoran',
  InstruksiDisposisi: 'Instruksi disposisi',
  KlasifikasiArsip: 'Klasifikasi arsip',
  AkunTidakDikenal: 'Akun tidak dikenal',
  Arsip: 'Arsip',
  BerkasArsip: 'Berkas arsip',
  Penyusutan: 'Penyusutan arsip',
  EksporArsip: 'Ekspor arsip',
} as const satisfies Record<string, string>;

export type EntitasAudit = keyof typeof ENTITAS_AUDIT;

/**
 * The details each action records, where the sentence reads them; other actions keep free-form
 * JSON objects (the before/after of an admin edit).
 */
export interface RincianAudit {
  'auth.login': { after?: AuthAuditDetails };
  'auth.fail': { after?: AuthAuditDetails };
  'auth.lock': { after?: AuthAuditDetails };
  'auth.throttle': { after?: AuthAuditDetails };
  'auth.logout': { after?: AuthAuditDetails };
  'naskah.sign': { before?: JsonObject; after?: JsonObject & { nomor: string | null } };
  'naskah.signFail': { after?: { kode: string; alasan: string } };
  'naskah.signUncertain': { before?: JsonObject; after?: JsonObject };
  'naskah.return': { before?: JsonObject; after?: JsonObject & { catatan?: string | null } };
  'naskah.cancel': { before?: JsonObject; after?: JsonObject & { alasan?: string | null } };
  'lampiran.upload': { after?: { naskahId: string; namaFile?: string } };
  'lampiran.delete': { after?: { naskahId: string } };
  'disposisi.give': { after?: JsonObject & { naskahId: string } };
  'role.grant': { after?: JsonObject & { pegawaiId: string; role: string } };
  'role.revoke': { before?: JsonObject & { pegawaiId: string; role: string } };
}

type Bebas = { before?: JsonObject; after?: JsonObject };
export type RincianAuditUntuk<A extends AksiAudit> = A extends keyof RincianAudit ? RincianAudit[A] : Bebas;
