// E2E_REPLICA=1 (tests/e2e/support/serve-e2e.ts): the seeded e2e database is stopped, copied as a
// hot standby (tests/support/replica-cluster.ts), and both are started again.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from '../../../scripts/lib/launch';
import type { ResolvedDatabase } from '@/lib/db/resolve-database';
import { copyAsStandby, startStandby } from '@/tests/support/replica-cluster';
import { freePort } from '@/tests/support/free-port';

export async function startE2eReplica(db: ResolvedDatabase): Promise<{ primary: ResolvedDatabase; url: string; stop(): Promise<void> }> {
  if (!db.embedded) throw new Error('E2E_REPLICA=1 needs the embedded database (unset DATABASE_URL).');
  const primaryDir = path.resolve(process.env.EMBEDDED_PG_DIR!);
  const primaryPort = Number(new URL(db.url).port);
  await db.stop();
  copyAsStandby(primaryDir, `${primaryDir}-replika`);
  const primary = await prepareDatabase();
  const replica = await startStandby(`${primaryDir}-replika`, await freePort(), primaryPort, new URL(db.url).pathname.slice(1));
  console.log(`Replika baca berjalan (${new URL(replica.url).host}).`);
  return {
    primary,
    url: replica.url,
    stop: async () => {
      await replica.stop();
      rmSync(`${primaryDir}-replika`, { recursive: true, force: true });
    },
  };
}
