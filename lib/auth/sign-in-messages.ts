import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '@/lib/domain/auth/lockout';
import { tooManyAttemptsMessage } from '@/lib/domain/too-many-attempts';

/**
 * One answer for an unknown account, a wrong password and a locked account, so the sign-in form
 * does not tell a guesser which NIPs exist or which accounts they have locked.
 */
export const SIGN_IN_REFUSED_MESSAGE = `NIP/e-mail atau kata sandi salah. Setelah ${MAX_FAILED_LOGINS} kali salah, akun dikunci ${LOCKOUT_MINUTES} menit: coba lagi nanti atau hubungi admin OPD.`;

/** Indonesian message for the refusal code the Credentials provider gives back. */
export function signInRefusalMessage(code: string | undefined): string {
  if (code?.startsWith('limited:')) return tooManyAttemptsMessage(Number(code.slice('limited:'.length)) || 60_000);
  if (code === 'inactive') return 'Akun Anda tidak aktif. Hubungi admin OPD Anda.';
  return SIGN_IN_REFUSED_MESSAGE;
}
