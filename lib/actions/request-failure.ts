// Client side of a server action call that never reached the action: the proxy's 413 for an
// oversized body, a dropped connection, a server that is down. React rejects the call, and
// without this the form would fall into the error boundary and lose what was typed.
import { unstable_rethrow } from 'next/navigation';
// Next's own reader of a redirect signal's address (no public export; stable since Next 13).
import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import { returnPathOfSignIn } from '@/lib/domain/auth/return-path';
import { REQUEST_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/request-limit';
import type { FormState } from './form-state';

export const REQUEST_FAILED_MESSAGE = 'Gagal mengirim ke server; tidak ada yang disimpan. Periksa koneksi lalu coba lagi.';

// Messages the server sends as plain text on purpose (React surfaces those as the error message).
const KNOWN = new Set<string>([REQUEST_TOO_LARGE_MESSAGE]);

/** The form state to show for a failed call; redirects and other Next signals pass through. */
export function requestFailureState(error: unknown): FormState {
  unstable_rethrow(error);
  const message = error instanceof Error && KNOWN.has(error.message) ? error.message : REQUEST_FAILED_MESSAGE;
  return { ok: false, message };
}

/** Where a redirect signal goes (null for anything else; typed as always a string). */
const redirectAddress = getURLFromRedirectError as (error: unknown) => string | null;

/** The page to come back to when `error` is an action's redirect to sign in (its session ended), else null. */
export function returnPathOfSessionEnd(error: unknown): string | null {
  const tujuan = redirectAddress(error);
  return tujuan ? returnPathOfSignIn(tujuan, window.location.origin) : null;
}

/**
 * Wraps an action for useActionState so a failed call becomes a form state, not a crash. When the
 * action sends the person to sign in (their session ended), `sesiBerakhir` hears first which page
 * the sign-in returns to, while the form still holds what was typed; the redirect then goes on.
 */
export function withRequestFailure<A extends unknown[]>(
  action: (prev: FormState, ...args: A) => Promise<FormState>,
  sesiBerakhir?: (halamanKembali: string, ...args: A) => void,
) {
  return async (prev: FormState, ...args: A): Promise<FormState> => {
    try {
      return await action(prev, ...args);
    } catch (error) {
      const halaman = sesiBerakhir ? returnPathOfSessionEnd(error) : null;
      if (halaman !== null) sesiBerakhir!(halaman, ...args);
      return requestFailureState(error);
    }
  };
}
