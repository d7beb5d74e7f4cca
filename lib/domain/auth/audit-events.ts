/** Audit actions of signing in and out (their wording is in `AKSI_AUDIT`). */
export type AuthAuditAction = 'auth.login' | 'auth.fail' | 'auth.lock' | 'auth.throttle' | 'auth.logout';

/** Why a sign-in failed, in the audit row's details. */
export type AlasanGagalMasuk = 'SANDI_SALAH' | 'AKUN_TIDAK_DIKENAL' | 'AKUN_TERKUNCI' | 'AKUN_NONAKTIF';

export const ALASAN_GAGAL_MASUK: Record<AlasanGagalMasuk, string> = {
  SANDI_SALAH: 'kata sandi salah',
  AKUN_TIDAK_DIKENAL: 'NIP/e-mail tidak terdaftar',
  AKUN_TERKUNCI: 'akun sedang terkunci',
  AKUN_NONAKTIF: 'akun nonaktif',
};

/** The details an auth audit row carries (never the password). */
export interface AuthAuditDetails {
  /** The NIP or e-mail typed, as normalised by the sign-in schema. */
  identifier?: string;
  alasan?: AlasanGagalMasuk;
  /** Minutes until a rate limit lets the next attempt through. */
  menit?: number;
}

/** The clause an auth audit row adds to its sentence: why, and which NIP/e-mail was typed. */
export function describeAuthDetails(details: unknown): string | null {
  const d = (details && typeof details === 'object' ? details : {}) as AuthAuditDetails;
  const parts: string[] = [];
  if (d.alasan && Object.hasOwn(ALASAN_GAGAL_MASUK, d.alasan)) parts.push(`(${ALASAN_GAGAL_MASUK[d.alasan]})`);
  if (d.identifier) parts.push(`— NIP/e-mail: ${d.identifier}`);
  return parts.length ? parts.join(' ') : null;
}
