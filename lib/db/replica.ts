// Read replicas: PostgreSQL's own streaming replicas (DATABASE_REPLICA_URL, one or more, comma
// separated) take the hand-written reads of GET requests (queryRows: lists, search, counters,
// reports). The primary keeps every write, every transaction, Prisma's own queries, the actor's
// session check, and every read of a state-changing request (lib/db/read-freshness.ts).
//
// Which replica may answer is known, not guessed from time: every REPLICA_POLL_MS each process
// reads the primary's WAL insert position, then each replica's replayed position. A replica that has
// replayed past it holds every transaction committed before the poll began, so it is "current at"
// that moment. A read takes a replica current at a moment after the person's own last write, and
// never one more than REPLICA_MAX_LAG_MS behind; otherwise the primary answers. A replica that is
// down, lagging, paused or not a replica at all just stops being chosen, and a read that fails on
// one is run again on the primary: nobody sees an error for it. A replica that accepts connections
// but stops answering (a frozen machine, a full disk) holds a read at most REPLICA_READ_TIMEOUT_MS.
import pg from 'pg';
import type { ReadFreshness } from './read-freshness';

export const REPLICA_POLL_MS = 250;
/** The most a read without a write of the person's own may be behind the primary. */
export const REPLICA_MAX_LAG_MS = 2_000;
/** A last-write time from another app process: their clocks (NTP) agree within far less. */
export const CLOCK_SKEW_MS = 250;
/** The longest a read waits for a replica before the primary answers it: every GET read takes milliseconds. */
export const REPLICA_READ_TIMEOUT_MS = 5_000;
/**
 * How often a replica's backend checks, while running a read, that the app is still connected
 * (client_connection_check_interval, PostgreSQL 14+). A read that outlives REPLICA_READ_TIMEOUT_MS
 * is given up and its connection closed (the primary answers it), but PostgreSQL notices a closed
 * connection only when it next writes to it: a slow statement ran on to its end on the replica,
 * holding its CPU, while the same read ran again on the primary.
 */
export const REPLICA_CLIENT_CHECK_MS = 1_000;

/** SQLSTATE classes of a server in trouble (connection, resources, operator intervention, system, internal). */
const SERVER_FAULT_CLASSES = new Set(['08', '53', '57', '58', 'XX']);
/** A read cancelled by a conflict with recovery (the replica replaying a vacuum of rows it needed). */
const RECOVERY_CONFLICTS = new Set(['40001', '40P01']);

/**
 * Whether a read's failure is the replica's, so it is not chosen again until a poll finds it
 * current: no answer at all (refused, reset, timed out) or an error of the server's own state.
 * A mistake in the statement fails on the primary too and says nothing about the replica.
 */
export function replicaFault(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true; // a socket's ECONNRESET, pg's read timeout
  return SERVER_FAULT_CLASSES.has(code.slice(0, 2)) || RECOVERY_CONFLICTS.has(code);
}

/** 'X/Y' (hex halves) as one number. */
export function lsnValue(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

interface Replica {
  /** The server, for log lines: host and port, never the password. */
  name: string;
  pool: pg.Pool;
  /** A connection of its own for the poll, so a busy read pool never delays it. */
  probe: pg.Pool;
  /** The start of the last poll at which it had replayed everything the primary held: it holds every commit before then. */
  currentAt: number;
  /** The last problem logged, so a replica that stays down is reported once, not every poll. */
  problem: string | null;
}

export interface ReadRouterOptions {
  poolSize: number;
  pollMs?: number;
  maxLagMs?: number;
  readTimeoutMs?: number;
  now?: () => number;
  log?: (message: string) => void;
}

function serverName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}`;
  } catch {
    return 'replika';
  }
}

export class ReadRouter {
  private readonly replicas: Replica[];
  private readonly primaryProbe: pg.Pool | null;
  private readonly now: () => number;
  private readonly log: (message: string) => void;
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly primary: pg.Pool,
    primaryUrl: string,
    replicaUrlList: readonly string[],
    private readonly options: ReadRouterOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((message) => console.warn(message));
    // A dead replica must fail fast, so the read moves to the primary instead of hanging.
    const limits = { connectionTimeoutMillis: 2_000 };
    this.replicas = replicaUrlList.map((url) => ({
      name: serverName(url),
      // query_timeout: a read the replica never answers ends, and the primary answers it (readRows).
      pool: new pg.Pool({ connectionString: url, max: options.poolSize, ...limits, query_timeout: options.readTimeoutMs ?? REPLICA_READ_TIMEOUT_MS }),
      probe: new pg.Pool({ connectionString: url, max: 1, ...limits, query_timeout: 2_000 }),
      currentAt: 0,
      problem: null,
    }));
    for (const r of this.replicas) for (const pool of [r.pool, r.probe]) pool.on('error', () => void (r.currentAt = 0));
    // A SET per connection rather than a startup option, which a pooler in front (PgBouncer) refuses;
    // ignored where the server has no such setting (before PostgreSQL 14).
    for (const r of this.replicas) r.pool.on('connect', (client) => void client.query(`SET client_connection_check_interval = ${REPLICA_CLIENT_CHECK_MS}`).catch(() => {}));
    this.primaryProbe = this.replicas.length > 0 ? new pg.Pool({ connectionString: primaryUrl, max: 1, ...limits, query_timeout: 2_000 }) : null;
    this.primaryProbe?.on('error', () => {});
  }

  get hasReplicas(): boolean {
    return this.replicas.length > 0;
  }

  /** The pool one read goes to. */
  poolFor(freshness: ReadFreshness): pg.Pool {
    if (freshness.primary || this.replicas.length === 0) return this.primary;
    this.start();
    const now = this.now();
    const after = Math.max(freshness.since + CLOCK_SKEW_MS, now - (this.options.maxLagMs ?? REPLICA_MAX_LAG_MS));
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.next + i) % this.replicas.length]!;
      if (replica.currentAt > after) {
        this.next = (this.next + i + 1) % this.replicas.length;
        return replica.pool;
      }
    }
    return this.primary;
  }

  /** A read on this pool failed: if for the replica's own reason (replicaFault), it is not chosen again until a poll finds it current. */
  failed(pool: pg.Pool, error: unknown): void {
    const replica = this.replicas.find((r) => r.pool === pool);
    if (replica && replicaFault(error)) replica.currentAt = 0;
  }

  /** One poll (what the timer runs; tests call it to step time themselves). */
  poll(): Promise<void> {
    this.polling ??= this.pollOnce().finally(() => (this.polling = null));
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    const startedAt = this.now();
    let primaryLsn: bigint;
    try {
      // The insert position, not the write or flush one: every commit that has returned is before it.
      const { rows } = await this.primaryProbe!.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
      primaryLsn = lsnValue(rows[0]!.lsn);
    } catch {
      return; // The primary's own trouble shows on every page anyway; the replicas keep their last state.
    }
    await Promise.all(this.replicas.map((replica) => this.pollReplica(replica, primaryLsn, startedAt)));
  }

  private async pollReplica(replica: Replica, primaryLsn: bigint, startedAt: number): Promise<void> {
    let problem: string | null = null;
    try {
      const { rows } = await replica.probe.query<{ standby: boolean; replayed: string | null }>(
        'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed',
      );
      const { standby, replayed } = rows[0]!;
      if (!standby || replayed === null) problem = 'bukan replika (tidak dalam mode pemulihan); bacaan tetap ke server utama';
      else if (lsnValue(replayed) >= primaryLsn) replica.currentAt = startedAt;
    } catch (error) {
      problem = `tidak dapat dihubungi (${error instanceof Error ? error.message : 'galat'}); bacaan dialihkan ke server utama`;
    }
    if (problem) replica.currentAt = 0;
    if (problem && problem !== replica.problem) this.log(`[replika] ${replica.name} ${problem}.`);
    if (!problem && replica.problem) this.log(`[replika] ${replica.name} dapat dipakai lagi.`);
    replica.problem = problem;
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs ?? REPLICA_POLL_MS);
    this.timer.unref();
    void this.poll();
  }

  async end(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.polling;
    await Promise.all([...this.replicas.flatMap((r) => [r.pool.end(), r.probe.end()]), this.primaryProbe?.end()]);
  }
}
