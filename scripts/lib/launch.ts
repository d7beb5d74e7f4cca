// What every way of running the app shares: a session secret, a migrated database (embedded when
// DATABASE_URL is unset), and a Next.js child process that goes down together with Postgres.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nextEnvironment } from './next-env';
import { applyMigrations } from '@/lib/db/migrations';
import { resolveDatabase, type ResolvedDatabase } from '@/lib/db/resolve-database';

const require = createRequire(import.meta.url);

/** AUTH_SECRET from the environment, or one generated once and kept under .data/ for local runs. */
export async function ensureAuthSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === 'production' && process.env.DATABASE_URL) {
    throw new Error('AUTH_SECRET is not set: generate one with `openssl rand -base64 32` and set it for every app instance.');
  }
  const file = path.resolve('.data/auth-secret');
  if (!existsSync(file)) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return (await readFile(file, 'utf8')).trim();
}

export async function prepareDatabase(): Promise<ResolvedDatabase> {
  const db = await resolveDatabase();
  if (db.embedded) console.log(`PostgreSQL tertanam berjalan (${new URL(db.url).host}).`);
  const applied = await applyMigrations(db.url);
  if (applied.length) console.log(`Migrasi diterapkan: ${applied.join(', ')}`);
  return db;
}

/** Runs `next <args>` and resolves with its exit code; Ctrl-C and SIGTERM reach it. */
export function runNext(args: string[], env: Record<string, string>): Promise<number> {
  const nextBin = require.resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env: nextEnvironment(process.env, env) });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Prints one line instead of a stack trace, stops an embedded Postgres, and exits. */
export async function runLauncher(main: (cleanup: (db: ResolvedDatabase) => void) => Promise<number>): Promise<void> {
  let db: ResolvedDatabase | null = null;
  let code = 1;
  try {
    code = await main((d) => {
      db = d;
    });
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await (db as ResolvedDatabase | null)?.stop();
  }
  process.exit(code);
}
