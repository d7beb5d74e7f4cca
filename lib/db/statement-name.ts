// Named (prepared) statements, for the hand-written queries that opt in: PostgreSQL then parses a
// statement once per connection and, after five runs, may keep one generic plan for it instead of
// planning every run. Planning a letter's six-table disposisi tree cost about a millisecond of the
// database's CPU on every letter page.
//
// Opt-in, never for every query: a generic plan is chosen from estimates that ignore the values, and
// for a query whose best plan depends on them it is a disaster. Measured on the 1M-letter bench, the
// search as the pencatat for a common word: 12.5 ms planned per run, 3.1 s on the generic plan.
// Prisma's own queries are not named either (their LIMIT is a parameter, which a generic plan guesses).
// Mark only a query whose plan is the same for any value: a lookup by a letter's or a row's id.
import { createHash } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';

/** Put first in a query's text (`/* prepared *\/ SELECT ...`) to have it prepared and kept. */
export const PREPARED_MARK = '/* prepared */';

/**
 * The name a marked statement is prepared under: a digest of its text, so the same text always gets
 * the same name (pg refuses a name reused for another text) and different texts never share one.
 * Any other statement gets '', pg's unnamed statement: parsed and planned for this run only.
 * `off` (DATABASE_PREPARED_STATEMENTS=off; also false, 0 or no, whatever the case, since an operator
 * behind a pooler writes any of them and a missed one breaks every marked query) is for a
 * transaction-mode pooler (PgBouncer before 1.21) that cannot keep a statement prepared on one server
 * connection for the next transaction.
 */
const SWITCHED_OFF = new Set(['off', 'false', '0', 'no']);

export function statementNameGenerator(setting: string | undefined): ((query: { sql: string }) => string) | undefined {
  if (setting !== undefined && SWITCHED_OFF.has(setting.trim().toLowerCase())) return undefined;
  return (query) => (query.sql.startsWith(PREPARED_MARK) ? `s${createHash('sha1').update(query.sql).digest('base64url')}` : '');
}

/**
 * `LIMIT n` written into a marked statement's text, so its generic plan knows the number (a LIMIT
 * parameter is guessed at a tenth of the rows). For numbers from code only: anything but a positive
 * integer is refused, never written into SQL.
 */
export function limitLiteral(take: number): Prisma.Sql {
  if (!Number.isSafeInteger(take) || take < 1) throw new RangeError(`LIMIT must be a positive integer, not ${take}`);
  return Prisma.raw(`LIMIT ${take}`);
}
