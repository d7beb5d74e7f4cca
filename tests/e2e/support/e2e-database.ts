// The e2e server's embedded database, for a spec's own setup (a letter with a phrase, a kode): one
// client per task, closed after it.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/client';
import { embeddedUrl } from '@/lib/db/embedded-postgres';
import { lsnValue } from '@/lib/db/replica';
import { DEFAULT_EMBEDDED } from '@/lib/db/resolve-database';
import { replicaUrlFile } from './replica-url-file';

export type E2ePrisma = ReturnType<typeof createPrismaClient>;

const REPLAY_WAIT_MS = 15_000;

export async function withE2eDatabase<T>(kerja: (prisma: E2ePrisma) => Promise<T>): Promise<T> {
  const url = embeddedUrl(Number(process.env.EMBEDDED_PG_PORT ?? 5435), DEFAULT_EMBEDDED.database);
  const prisma = createPrismaClient(url);
  try {
    const result = await kerja(prisma);
    if (process.env.E2E_REPLICA === '1') await untilReplicaHolds(url);
    return result;
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * A spec's write goes straight to the primary, with no last-write cookie, so the app may read a
 * replica that does not hold it yet (up to REPLICA_MAX_LAG_MS behind, as a colleague's write): the
 * page opened next would miss it. So the spec goes on only once the replica has replayed it.
 */
async function untilReplicaHolds(primaryUrl: string): Promise<void> {
  const replicaUrl = readFileSync(replicaUrlFile(), 'utf8').trim();
  const primary = new pg.Client({ connectionString: primaryUrl });
  const replica = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([primary.connect(), replica.connect()]);
  try {
    const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
    const target = lsnValue(rows[0]!.lsn);
    const deadline = Date.now() + REPLAY_WAIT_MS;
    for (;;) {
      const r = await replica.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn');
      if (r.rows[0]?.lsn && lsnValue(r.rows[0].lsn) >= target) return;
      if (Date.now() > deadline) throw new Error(`the replica has not replayed ${rows[0]!.lsn} after ${REPLAY_WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await Promise.all([primary.end(), replica.end()]);
  }
}
