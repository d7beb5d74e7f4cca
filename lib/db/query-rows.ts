// Hand-written reads straight through the pool Prisma's adapter uses (lib/db/client.ts), without
// Prisma's client runtime around them. Measured on the 1M-letter bench: Prisma's $queryRaw spent
// about 0.2 ms of Node CPU per statement more than pg itself (0.28 against 0.08 ms for a statement
// answering no rows, 0.34 against 0.13 for the search's twenty), and a signed-in page runs four to
// six such statements on a process that renders at one core.
//
// The rows come as $queryRaw gives them (timestamp and date as Date in UTC, int8 as BigInt, numeric
// as Prisma.Decimal, json parsed), and Date arguments are sent as the adapter sends them (UTC,
// without zone), so a statement moves between the two without a change in meaning. Named
// (prepared) statements follow the same rule (lib/db/statement-name.ts). Not for a transaction: its
// statements must run on the transaction's own connection (tx.$queryRaw).
import pg from 'pg';
import { Prisma } from '@/lib/generated/prisma/client';
import { sharedPool, sharedReadRouter, sharedStatementName } from './client';
import type { ReadRouter } from './replica';
import { parseReadFreshness, PRIMARY_ONLY, READ_FRESHNESS_HEADER, type ReadFreshness } from './read-freshness';

const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;

/** `YYYY-MM-DD HH:MM:SS[.fff]` in UTC, as @prisma/adapter-pg formats a DateTime argument. */
function utcTimestamp(date: Date): string {
  return date.toISOString().replace('T', ' ').replace(/(\.000)?Z$/, '');
}

function argument(value: unknown): unknown {
  if (value instanceof Date) return utcTimestamp(value);
  if (Array.isArray(value)) return value.map(argument);
  if (typeof value === 'bigint') return value.toString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  return value;
}

const PARSERS: Record<number, (text: string) => unknown> = {
  // A timestamp without zone holds UTC here (Prisma's DateTime); pg would read it as local time.
  [TIMESTAMP]: (text) => new Date(`${text.replace(' ', 'T')}Z`),
  [DATE]: (text) => new Date(`${text}T00:00:00Z`),
  [INT8]: (text) => BigInt(text),
  [NUMERIC]: (text) => new Prisma.Decimal(text),
};

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    (format ?? 'text') === 'text' && PARSERS[oid] ? PARSERS[oid] : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

let nextRequestScope: Promise<[typeof import('next/headers'), typeof import('next/navigation')] | null> | null = null;

/** How fresh this request's reads must be: the header proxy.ts set, or the primary outside a request. */
async function requestFreshness(): Promise<ReadFreshness> {
  // Loaded once, and only where replicas are configured. Outside Next's server (the launcher's job
  // runner and signing recovery, under tsx) next/headers does not even load: React's server build
  // has no createContext. Every job then failed on its first read.
  nextRequestScope ??= Promise.all([import('next/headers'), import('next/navigation')]).catch(() => null);
  const scope = await nextRequestScope;
  if (!scope) return PRIMARY_ONLY;
  const [{ headers }, { unstable_rethrow }] = scope;
  try {
    return parseReadFreshness((await headers()).get(READ_FRESHNESS_HEADER));
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (a page rendered statically) are not ours to swallow.
    return PRIMARY_ONLY; // Outside a request: a job, a script, a test.
  }
}

function run<T>(pool: pg.Pool, query: Prisma.Sql): Promise<T[]> {
  return pool
    .query<T & pg.QueryResultRow>({
      name: sharedStatementName(query.text) || undefined,
      text: query.text,
      values: query.values.map(argument),
      types,
    })
    .then((result) => result.rows);
}

export interface ReadOptions {
  /** This read must see the latest commit whatever the request (the actor's session, a signing's progress). */
  primary?: boolean;
  /** A replica's empty answer is asked again of the primary (one letter by its id: a letter a
   * notification announced a moment ago is never "not found"). */
  primaryIfNone?: boolean;
}

/** queryRows' choice of server and its fallbacks, with the router, the primary and the freshness given. */
export async function readRows<T>(reads: ReadRouter, primaryPool: pg.Pool, freshness: ReadFreshness, query: Prisma.Sql, { primaryIfNone = false }: ReadOptions = {}): Promise<T[]> {
  const pool = reads.poolFor(freshness);
  if (pool === primaryPool) return run<T>(pool, query);
  let rows: T[];
  try {
    rows = await run<T>(pool, query);
  } catch (error) {
    // Down, frozen, or the query cancelled by a conflict with recovery: the primary answers instead.
    // A mistake in the statement fails there too, with the same error.
    reads.failed(pool, error);
    return run<T>(primaryPool, query);
  }
  return rows.length === 0 && primaryIfNone ? run<T>(primaryPool, query) : rows;
}

/**
 * The rows of one read statement, on the shared client's pool or, for a GET request where read
 * replicas are configured, on a replica current enough for it (lib/db/replica.ts, ReadOptions).
 */
export async function queryRows<T>(query: Prisma.Sql, options: ReadOptions = {}): Promise<T[]> {
  const reads = sharedReadRouter();
  if (options.primary || !reads.hasReplicas) return run<T>(sharedPool(), query);
  return readRows<T>(reads, sharedPool(), await requestFreshness(), query, options);
}
