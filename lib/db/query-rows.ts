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
import { sharedPool, sharedStatementName } from './client';

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

/** The rows of one read statement, on the shared client's pool. */
export async function queryRows<T>(query: Prisma.Sql): Promise<T[]> {
  const result = await sharedPool().query<T & pg.QueryResultRow>({
    name: sharedStatementName(query.text) || undefined,
    text: query.text,
    values: query.values.map(argument),
    types,
  });
  return result.rows;
}
