// How fresh a request's reads must be, when read replicas are configured (lib/db/replica.ts).
//
// proxy.ts writes the answer on every request, over whatever the client sent, as an internal
// header; queryRows reads it. A state-changing request (a server action, an upload) reads only
// the primary: its reads decide what it writes, and the page it renders afterwards must show
// that write. A GET reads a replica that has replayed everything committed before the person's
// own last write (the cookie the action and route wrappers set after one), so a letter just
// registered is in the list the clerk is sent to. Without a recent write of their own, a replica
// at most REPLICA_MAX_LAG_MS behind will do: what a colleague did a second ago may show a second
// later, as it would after a refresh.

/** DATABASE_REPLICA_URL: one or more replicas, comma separated (lib/db/replica.ts). */
export function replicaUrls(env: Record<string, string | undefined> = process.env): string[] {
  return (env.DATABASE_REPLICA_URL ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}

/**
 * A GET whose page records that it was read (a letter opened: its delivery and disposisi marked
 * read, in the render, where no cookie can be set) counts as a write done within this long: the
 * inbox the person goes back to shows the letter read.
 */
export const READING_RECORDED_WITHIN_MS = 1_500;

/** The internal request header proxy.ts sets: `primary`, or `since:<ms>` (a replica must hold every commit before then). */
export const READ_FRESHNESS_HEADER = 'x-eoffice-read';

/** The cookie the wrappers set after a state-changing request: its time, in ms since the epoch. */
export const LAST_WRITE_COOKIE = 'eoffice-tulis';

/** How long the cookie lasts: long after any healthy replica has caught up, after which it is only noise. */
export const LAST_WRITE_COOKIE_SECONDS = 60;

export type ReadFreshness = { primary: true } | { primary: false; since: number };

export const PRIMARY_ONLY: ReadFreshness = { primary: true };

const READ_METHODS = new Set(['GET', 'HEAD']);

/** The last-write cookie's time, or 0 when there is none or it is not a plausible time. */
export function lastWriteTime(cookie: string | undefined): number {
  if (!cookie || !/^\d{1,15}$/.test(cookie)) return 0;
  return Number(cookie);
}

/** The header value for a request: what proxy.ts sends on. */
export function readFreshnessHeader(method: string, lastWriteCookie: string | undefined): string {
  return READ_METHODS.has(method.toUpperCase()) ? `since:${lastWriteTime(lastWriteCookie)}` : 'primary';
}

/** The header read back; anything else (no header: a job, a script, a path the proxy skips) reads the primary. */
export function parseReadFreshness(header: string | null | undefined): ReadFreshness {
  const since = /^since:(\d{1,15})$/.exec(header ?? '');
  return since ? { primary: false, since: Number(since[1]) } : PRIMARY_ONLY;
}
