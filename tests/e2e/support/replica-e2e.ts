// E2E_REPLICA=1 (tests/e2e/support/serve-e2e.ts): the seeded e2e database is stopped, copied as a
// hot standby (tests/support/replica-cluster.ts), and both are started again. E2E_REPLICA_DELAY=1200ms
// holds the standby that far behind (recovery_min_apply_delay, within REPLICA_MAX_LAG_MS): a spec
// that opens a page right after another person's or its own direct write then fails every time
// instead of once in a while on a loaded machine.
import { rmSync, writeFileSync } from 'node:fs';
import { prepareDatabase } from '../../../scripts/lib/launch';
import type { ResolvedDatabase } from '@/lib/db/resolve-database';
import { copyAsStandby, startStandby } from '@/tests/support/replica-cluster';
import { freePort } from '@/tests/support/free-port';
import { e2eDatabaseDir, replicaUrlFile } from './replica-url-file';

export async function startE2eReplica(db: ResolvedDatabase): Promise<{ primary: ResolvedDatabase; url: string; stop(): Promise<void> }> {
  if (!db.embedded) throw new Error('E2E_REPLICA=1 needs the embedded database (unset DATABASE_URL).');
  const primaryDir = e2eDatabaseDir();
  const primaryPort = Number(new URL(db.url).port);
  await db.stop();
  copyAsStandby(primaryDir, `${primaryDir}-replika`);
  const primary = await prepareDatabase();
  const replica = await startStandby(`${primaryDir}-replika`, await freePort(), primaryPort, new URL(db.url).pathname.slice(1), process.env.E2E_REPLICA_DELAY ? { recovery_min_apply_delay: process.env.E2E_REPLICA_DELAY } : {});
  console.log(`Replika baca berjalan (${new URL(replica.url).host}).`);
  // For the specs' own direct writes (e2e-database.ts), which wait until the replica holds them.
  writeFileSync(replicaUrlFile(primaryDir), replica.url);
  return {
    primary,
    url: replica.url,
    stop: async () => {
      await replica.stop();
      rmSync(`${primaryDir}-replika`, { recursive: true, force: true });
      rmSync(replicaUrlFile(primaryDir), { force: true });
    },
  };
}
