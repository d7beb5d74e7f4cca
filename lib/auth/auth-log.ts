// What Auth.js reports as errors, for operators. Auth.js logs every refused request as an error;
// those a client causes (a wrong password, a forged CSRF token, a planted callback cookie, an
// unknown endpoint or provider, an unreadable session cookie) say nothing about this server, and a
// scan writes thousands of them. A wrong password is not logged at all (the audit log has it); the
// rest are one line per kind per minute, with how many came. JWTSessionError stays visible that way
// on purpose: every request failing it means the instances do not share one AUTH_SECRET.

const SILENT = new Set(['CredentialsSignin']);
const CLIENT_CAUSED = new Set(['InvalidCallbackUrl', 'MissingCSRF', 'UnknownAction', 'InvalidProvider', 'InvalidCheck', 'JWTSessionError', 'SessionTokenError']);
const WINDOW_MS = 60_000;

// A type, not an interface: Auth.js' logger option wants an index signature.
export type AuthLog = {
  error(error: Error): void;
};

export function createAuthLog(write: (line: string) => void = (line) => console.error(line), now: () => number = Date.now): AuthLog {
  const seen = new Map<string, { since: number; count: number }>();
  return {
    error(error) {
      const kind = (error as { type?: string }).type ?? error.name;
      if (SILENT.has(kind)) return;
      if (!CLIENT_CAUSED.has(kind)) {
        // CallbackRouteError wraps what authorize() threw (the database down): its cause is the news.
        const cause = (error as { cause?: { err?: unknown } }).cause?.err ?? (error as { cause?: unknown }).cause;
        write(`[auth] ${error.name}: ${error.message}${cause instanceof Error ? ` (${cause.name}: ${cause.message})` : ''}`);
        return;
      }
      const entry = seen.get(kind);
      if (entry && now() - entry.since < WINDOW_MS) {
        entry.count++;
        return;
      }
      const before = entry && entry.count > 0 ? ` (${entry.count} lagi dalam menit sebelumnya)` : '';
      seen.set(kind, { since: now(), count: 0 });
      write(`[auth] permintaan ditolak: ${kind}${before}`);
    },
  };
}
