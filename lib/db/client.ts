// The Prisma client factory, without 'server-only' so scripts and tests can use it too.
// Postgres is reached through the pg driver adapter: no native query engine is involved.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { poolSize } from './pool-size';
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

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString, max: poolSize() },
      { statementNameGenerator: statementNameGenerator(process.env.DATABASE_PREPARED_STATEMENTS) },
    ),
    transactionOptions: TRANSACTION_DEFAULTS,
  });
}

const globalForPrisma = globalThis as unknown as { __eofficePrisma?: PrismaClient };

function sharedClient(): PrismaClient {
  if (!globalForPrisma.__eofficePrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new DatabaseConfigError('DATABASE_URL is not set: point it at PostgreSQL, or start the app with `npm start` / `npm run demo` to use the embedded database.');
    }
    // Kept on globalThis so Next's hot reload in development does not open a new pool per edit.
    globalForPrisma.__eofficePrisma = createPrismaClient(url);
  }
  return globalForPrisma.__eofficePrisma;
}

/** The shared client, created on first use so importing this module never needs a database. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = sharedClient();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
