import { describe, expect, it } from 'vitest';
import { AKSI_AUDIT, isAksiAudit, labelAksi, pilihanAksi } from '@/lib/domain/audit/aksi-audit';
import { auditFilterSchema } from '@/lib/domain/admin/schemas';
import { parseQuery } from '@/lib/domain/input/query';
import { describeAudit, objekNaskah } from '@/lib/domain/audit/describe-audit';
import { tooManyAttemptsMessage } from '@/lib/domain/too-many-attempts';
import { signInRefusalMessage, SIGN_IN_REFUSED_MESSAGE } from '@/lib/auth/sign-in-messages';

describe('audit rows as Indonesian sentences', () => {
  const row = (action: string, after: unknown = null, before: unknown = null) => ({ action, before, after });
  const sentence = (k: ReturnType<typeof describeAudit>) => [k.pelaku, k.tindakan, k.objek?.label, k.keterangan].filter(Boolean).join(' ');

  it.each([
    ['auth.fail', { identifier: '199601252020031005', alasan: 'SANDI_SALAH' }, 'Budi gagal masuk (kata sandi salah) — NIP/e-mail: 199601252020031005'],
    ['auth.fail', { identifier: 'x@uji.go.id', alasan: 'AKUN_TIDAK_DIKENAL' }, 'Budi gagal masuk (NIP/e-mail tidak terdaftar) — NIP/e-mail: x@uji.go.id'],
    ['auth.lock', { identifier: '199601252020031005' }, 'Budi dikunci 15 menit setelah 5 kali gagal masuk — NIP/e-mail: 199601252020031005'],
    ['auth.throttle', { identifier: 'x@uji.go.id', menit: 15 }, 'Budi ditolak masuk karena terlalu banyak percobaan — NIP/e-mail: x@uji.go.id'],
    ['auth.logout', {}, 'Budi keluar dari aplikasi'],
    ['auth.login', null, 'Budi masuk ke aplikasi'],
    ['auth.fail', { alasan: 'TIDAK_ADA' }, 'Budi gagal masuk'],
  ])('%s %j', (action, details, expected) => {
    expect(sentence(describeAudit(row(action, details), 'Budi', null))).toBe(expected);
  });

  it('names the letter and reads the detail the action carries', () => {
    const surat = { label: 'naskah 000.1/0007/DISKOMINFO/2026 “Undangan Rapat”', tautan: '/konsep/x' };
    expect(sentence(describeAudit(row('naskah.sign', { nomor: '000.1/0007/DISKOMINFO/2026' }), 'Kepala', surat))).toBe(
      'Kepala menandatangani naskah 000.1/0007/DISKOMINFO/2026 “Undangan Rapat” dengan nomor 000.1/0007/DISKOMINFO/2026',
    );
    expect(sentence(describeAudit(row('naskah.return', { catatan: 'Perbaiki dasar hukum' }), 'Kabid', surat))).toContain('mengembalikan ke pembuat naskah');
    expect(describeAudit(row('naskah.return', { catatan: 'Perbaiki dasar hukum' }), 'Kabid', surat).keterangan).toBe('catatan: “Perbaiki dasar hukum”');
    expect(describeAudit(row('jabatan.rename', { nama: 'Kabid TIK' }, { nama: 'Kabid Aplikasi' }), 'Admin', null).keterangan).toBe('dari “Kabid Aplikasi” menjadi “Kabid TIK”');
  });

  it('never shows a passphrase-like detail it does not know, and keeps unknown codes visible as they are', () => {
    expect(describeAudit(row('naskah.signFail', { kode: 'WRONG_PASSPHRASE', alasan: 'Passphrase salah' }), 'Kepala', null).keterangan).toBe('alasan: Passphrase salah');
    expect(describeAudit(row('sesuatu.baru', { rahasia: 'x' }), 'Sistem', null)).toEqual({ pelaku: 'Sistem', tindakan: 'sesuatu.baru', objek: null, keterangan: null });
  });

  it('names a letter by its hal only when it is Biasa', () => {
    const n = { id: 'x', sumber: 'EKSTERNAL' as const, nomor: 'A/1', perihal: 'Pemeriksaan khusus' };
    expect(objekNaskah({ ...n, klasifikasiKeamanan: 'BIASA' })).toEqual({ label: 'surat masuk A/1 “Pemeriksaan khusus”', tautan: '/surat-masuk/x' });
    for (const k of ['TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA'] as const) expect(objekNaskah({ ...n, klasifikasiKeamanan: k }).label).not.toContain('Pemeriksaan');
    expect(objekNaskah({ ...n, sumber: 'INTERNAL', nomor: null, klasifikasiKeamanan: 'BIASA' })).toEqual({ label: 'konsep “Pemeriksaan khusus”', tautan: '/konsep/x' });
  });

  it('every action has a sentence and every sentence starts in lower case after the name', () => {
    for (const [action, phrase] of Object.entries(AKSI_AUDIT)) {
      expect(phrase, action).toMatch(/^[a-z]/);
      expect(isAksiAudit(action)).toBe(true);
    }
    expect(isAksiAudit('toString')).toBe(false);
  });

  it('names every action in one style: entity.verbCamel, two segments', () => {
    const outliers = Object.keys(AKSI_AUDIT).filter((a) => !/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(a));
    expect(outliers).toEqual([]);
  });
});

describe('the audit filter by action', () => {
  it('lists every action once, by an Indonesian label that starts in upper case and ends without a joining word', () => {
    const pilihan = pilihanAksi();
    expect(pilihan.map((p) => p.value).sort()).toEqual(Object.keys(AKSI_AUDIT).sort());
    for (const { value, label } of pilihan) {
      expect(label, value).toMatch(/^[A-Z]/);
      expect(label, value).not.toMatch(/\s(untuk|atas|dari|pada|kepada)$/);
    }
    expect(labelAksi('naskah.signFail')).toBe('Gagal menandatangani');
    expect(labelAksi('lampiran.upload')).toBe('Mengunggah lampiran');
    expect(labelAksi('disposisi.give')).toBe('Memberi disposisi');
  });

  it('accepts a known action and drops an unknown or old-style one with a notice', () => {
    expect(parseQuery(auditFilterSchema, { aksi: 'naskah.signFail' })).toEqual({ data: { aksi: 'naskah.signFail', halaman: 1 }, notice: null });
    const old = parseQuery(auditFilterSchema, { aksi: 'naskah.sign.gagal', entity: 'Naskah' });
    expect(old.data).toEqual({ entity: 'Naskah', halaman: 1 });
    expect(old.notice).toContain('Tindakan tidak dikenal');
    expect(parseQuery(auditFilterSchema, { aksi: '' }).data.aksi).toBeUndefined();
  });
});

describe('refusal messages', () => {
  it.each([
    [1, 'Terlalu banyak percobaan. Coba lagi dalam 1 menit.'],
    [60_000, 'Terlalu banyak percobaan. Coba lagi dalam 1 menit.'],
    [60_001, 'Terlalu banyak percobaan. Coba lagi dalam 2 menit.'],
    [15 * 60_000, 'Terlalu banyak percobaan. Coba lagi dalam 15 menit.'],
  ])('%i ms', (ms, message) => expect(tooManyAttemptsMessage(ms)).toBe(message));

  it('one answer for every refusal but the rate limit and an inactive account', () => {
    expect(signInRefusalMessage('refused')).toBe(SIGN_IN_REFUSED_MESSAGE);
    expect(signInRefusalMessage(undefined)).toBe(SIGN_IN_REFUSED_MESSAGE);
    expect(signInRefusalMessage('limited:840000')).toBe('Terlalu banyak percobaan. Coba lagi dalam 14 menit.');
    expect(signInRefusalMessage('inactive')).toMatch(/tidak aktif/);
  });
});
