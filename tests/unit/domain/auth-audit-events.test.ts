import { describe, expect, it } from 'vitest';
import { describeAuthAudit } from '@/lib/domain/auth/audit-events';
import { tooManyAttemptsMessage } from '@/lib/domain/too-many-attempts';
import { signInRefusalMessage, SIGN_IN_REFUSED_MESSAGE } from '@/lib/auth/sign-in-messages';

describe('sign-in events as Indonesian sentences', () => {
  it.each([
    ['auth.gagal', { identifier: '199601252020031005', alasan: 'SANDI_SALAH' }, 'Gagal masuk (kata sandi salah) — NIP/e-mail: 199601252020031005'],
    ['auth.gagal', { identifier: 'x@uji.go.id', alasan: 'AKUN_TIDAK_DIKENAL' }, 'Gagal masuk (NIP/e-mail tidak terdaftar) — NIP/e-mail: x@uji.go.id'],
    ['auth.locked', { identifier: '199601252020031005' }, 'Akun dikunci 15 menit setelah 5 kali gagal masuk — NIP/e-mail: 199601252020031005'],
    ['auth.dibatasi', { identifier: 'x@uji.go.id', menit: 15 }, 'Percobaan masuk ditolak: terlalu banyak percobaan — NIP/e-mail: x@uji.go.id'],
    ['auth.logout', {}, 'Keluar dari aplikasi'],
    ['auth.login', null, 'Masuk ke aplikasi'],
    ['auth.gagal', { alasan: 'TIDAK_ADA' }, 'Gagal masuk'],
  ])('%s %j', (action, details, sentence) => {
    expect(describeAuthAudit(action, details)).toBe(sentence);
  });

  it('leaves other actions to the raw view', () => {
    expect(describeAuthAudit('pegawai.deactivate', { aktif: false })).toBeNull();
    expect(describeAuthAudit('toString', {})).toBeNull();
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
