// Shared shell for the db scripts: resolve the database, run, stop an embedded server, and print a
// one-line error (no stack trace) on failure.
import { resolveDatabase, type ResolvedDatabase } from '@/lib/db/resolve-database';

export async function runWithDatabase(task: (db: ResolvedDatabase) => Promise<void>): Promise<void> {
  let db: ResolvedDatabase | null = null;
  try {
    db = await resolveDatabase();
    await task(db);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await db?.stop();
    // The wasm schema engine leaves a 10 s timer behind that would hold the process open.
    process.exit();
  }
}
