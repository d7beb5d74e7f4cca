// The Prisma client factory, without 'server-only' so scripts and tests can use it too.
// Postgres is reached through the pg driver adapter: no native query engine is involved.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { poolSize } from './pool-size';
import { replicaUrls } from './read-freshness';
import { ReadRouter } from './replica';
import { statementNameGenerator } from './statement-name';

export class DatabaseConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseConfigError';
  }
}

// Prisma's 2 s wait for a pooled connection fails a transaction outright when fifty signers and
// their readers share the pool (the signing storm lost one of fifty that way); waiting longer is the
// honest answer under a burst. Work inside a transaction stays short: nothing remote is awaited there.
const TRANSACTION_DEFAULTS = { maxWait: 15_000, timeout: 20_000 };

/** A client on its own pool, which its $disconnect ends. */
export function createPrismaClient(connectionString: string): PrismaClient {
  return clientOn(new pg.Pool({ connectionString, max: poolSize() }));
}

function clientOn(pool: pg.Pool): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: statementNameGenerator(process.env.DATABASE_PREPARED_STATEMENTS), disposeExternalPool: true }),
    transactionOptions: TRANSACTION_DEFAULTS,
  });
}

interface Shared {
  client: PrismaClient;
  /** The pool the client's adapter uses, for queryRows (lib/db/query-rows.ts): one connection budget. */
  pool: pg.Pool;
  /** Where queryRows sends a read: this pool, or a current replica (lib/db/replica.ts). */
  reads: ReadRouter;
}

const globalForPrisma = globalThis as unknown as { __eofficePrisma?: Shared };

function shared(): Shared {
  if (!globalForPrisma.__eofficePrisma || globalForPrisma.__eofficePrisma.pool.ending) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new DatabaseConfigError('DATABASE_URL is not set: point it at PostgreSQL, or start the app with `npm start` / `npm run demo` to use the embedded database.');
    }
    // Kept on globalThis so Next's hot reload in development does not open a new pool per edit.
    // A new one after the last was ended ($disconnect): Prisma's adapter would otherwise open a
    // pool of its own that queryRows does not share.
    const pool = new pg.Pool({ connectionString: url, max: poolSize() });
    void globalForPrisma.__eofficePrisma?.reads.end();
    globalForPrisma.__eofficePrisma = { client: clientOn(pool), pool, reads: new ReadRouter(pool, url, replicaUrls(), { poolSize: poolSize() }) };
  }
  return globalForPrisma.__eofficePrisma;
}

function sharedClient(): PrismaClient {
  return shared().client;
}

/** The shared client's pool (see Shared). */
export function sharedPool(): pg.Pool {
  return shared().pool;
}

/** The shared read router (see Shared). */
export function sharedReadRouter(): ReadRouter {
  return shared().reads;
}

const statementName = statementNameGenerator(process.env.DATABASE_PREPARED_STATEMENTS);

/** The name the shared client's adapter gives a statement of this text ('' for pg's unnamed one). */
export function sharedStatementName(text: string): string {
  return statementName?.({ sql: text }) ?? '';
}

/** The shared client, created on first use so importing this module never needs a database. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = sharedClient();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
