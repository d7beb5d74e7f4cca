// Where the e2e server keeps its running replica's URL (E2E_REPLICA=1), next to the primary's
// directory: written by replica-e2e.ts, read by the specs' own writes (e2e-database.ts).
import path from 'node:path';

/** The e2e database's directory: serve-e2e.ts's default, or EMBEDDED_PG_DIR when the run names one. */
export function e2eDatabaseDir(): string {
  return path.resolve(process.env.EMBEDDED_PG_DIR ?? '.data/e2e-postgres');
}

export function replicaUrlFile(primaryDir: string = e2eDatabaseDir()): string {
  return `${primaryDir}-replika.url`;
}
