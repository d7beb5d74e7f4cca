import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from './lockout';

/** Audit actions of signing in and out, with what /admin/audit shows for each. */
export const AUTH_AUDIT_EVENTS = {
  'auth.login': 'Masuk ke aplikasi',
  'auth.gagal': 'Gagal masuk',
  'auth.locked': `Akun dikunci ${LOCKOUT_MINUTES} menit setelah ${MAX_FAILED_LOGINS} kali gagal masuk`,
  'auth.dibatasi': 'Percobaan masuk ditolak: terlalu banyak percobaan',
  'auth.logout': 'Keluar dari aplikasi',
} as const;

export type AuthAuditAction = keyof typeof AUTH_AUDIT_EVENTS;

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

/** One Indonesian sentence for an auth audit row, or null for other actions. */
export function describeAuthAudit(action: string, details: unknown): string | null {
  if (!Object.hasOwn(AUTH_AUDIT_EVENTS, action)) return null;
  const d = (details && typeof details === 'object' ? details : {}) as AuthAuditDetails;
  const parts: string[] = [AUTH_AUDIT_EVENTS[action as AuthAuditAction]];
  if (d.alasan && Object.hasOwn(ALASAN_GAGAL_MASUK, d.alasan)) parts.push(`(${ALASAN_GAGAL_MASUK[d.alasan]})`);
  if (d.identifier) parts.push(`— NIP/e-mail: ${d.identifier}`);
  return parts.join(' ');
}
