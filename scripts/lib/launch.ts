// What every way of running the app shares: a session secret, a migrated database (embedded when
// DATABASE_URL is unset), and a Next.js child process that goes down together with Postgres.
import { spawn } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { nextEnvironment } from './next-env';
import { applyMigrations } from '@/lib/db/migrations';
import { resolveDatabase, type ResolvedDatabase } from '@/lib/db/resolve-database';
import { publicBaseUrl, type PublicUrlEnv } from '@/lib/public-url';

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

/**
 * The VAPID key pair Web Push messages are signed with (lib/push), kept like AUTH_SECRET: from the
 * environment, or generated once under .data/ for local runs. Every instance must share it, and
 * changing it silences every subscribed phone until it subscribes again.
 */
export async function ensureVapidKeys(): Promise<{ VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string }> {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY } = process.env;
  if (VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY) return { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY };
  if (process.env.NODE_ENV === 'production' && process.env.DATABASE_URL) {
    throw new Error('VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY are not set: generate a pair with `npx web-push generate-vapid-keys` and set it for every app instance.');
  }
  const file = path.resolve('.data/vapid-keys.json');
  if (!existsSync(file)) {
    const { default: webpush } = await import('web-push');
    const keys = webpush.generateVAPIDKeys();
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey }), { mode: 0o600 });
  }
  const keys = JSON.parse(await readFile(file, 'utf8')) as { VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string };
  // The job runner (startBackground) sends the push messages from this process.
  Object.assign(process.env, keys);
  return keys;
}

export async function prepareDatabase(): Promise<ResolvedDatabase> {
  const db = await resolveDatabase();
  if (db.embedded) console.log(`PostgreSQL tertanam berjalan (${new URL(db.url).host}).`);
  const applied = await applyMigrations(db.url);
  if (applied.length) console.log(`Migrasi diterapkan: ${applied.join(', ')}`);
  return db;
}

/**
 * The port Next serves on (PORT, default 3000) and the environment that makes the app's public
 * URL follow it: AUTH_URL when set, else http://localhost:<port>. Links in QR codes and the mock
 * CA's certificate addresses come from that URL (lib/public-url), so a demo on 3200 writes 3200.
 */
export function servedAt(env: PublicUrlEnv = process.env): { port: string; env: { PORT: string; AUTH_URL: string } } {
  const port = env.PORT || '3000';
  return { port, env: { PORT: port, AUTH_URL: publicBaseUrl({ ...env, PORT: port }) } };
}

/**
 * Background work of the app that lives beside Next.js in this process: the signing recovery sweep
 * and the job queue's runner (lib/jobs). Needs the react-server condition (tsx
 * --conditions=react-server), like the services. Started here and nowhere else.
 */
export async function startBackground(databaseUrl: string): Promise<{ stop(): Promise<void> }> {
  process.env.DATABASE_URL = databaseUrl;
  const { startSigningRecovery } = await import('@/lib/jobs/signing-recovery');
  const { startJobRunner } = await import('@/lib/jobs/runner');
  const recovery = await startSigningRecovery();
  const queue = await startJobRunner(databaseUrl);
  return {
    async stop() {
      recovery.stop();
      await queue.stop();
    },
  };
}

/**
 * Runs `next <args>` and resolves with its exit code; Ctrl-C and SIGTERM reach it. `next start` runs
 * as one worker per core (see startWorkerCount), the workers sharing the port through Node's
 * cluster; this process stays the one place where background work runs (startBackground).
 */
export function runNext(args: string[], env: Record<string, string>): Promise<number> {
  const nextBin = require.resolve('next/dist/bin/next');
  if (args[0] === 'start') return runNextWorkers(nextBin, args, env, startWorkerCount());
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

/**
 * Production server processes: WEB_CONCURRENCY when set (1 gives the single `next start` process),
 * else one per core. One Node process renders on one core only; the app keeps no state in memory
 * that a request relies on (sessions and rate limits are in PostgreSQL), so any worker serves anyone.
 */
export function startWorkerCount(env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.WEB_CONCURRENCY);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : os.availableParallelism();
}

/**
 * `next start` in `count` cluster workers. A worker that dies after it was serving is replaced; one
 * that dies before (a build missing, the port taken) stops them all, with its exit code.
 */
function runNextWorkers(nextBin: string, args: string[], env: Record<string, string>, count: number): Promise<number> {
  // Plain Node for the workers: not this launcher's tsx loader nor its react-server condition; only
  // the preloads that answer TRACE and CONNECT and a request-target Next cannot read before it turns them
  // into a 500, and what Node's parser refuses (oversized headers) in Indonesian, and the one that
  // compresses answers.
  const preloads = ['./refuse-unsupported-methods.cjs', './check-request-target.cjs', './answer-client-errors.cjs', './compress-responses.cjs'].flatMap((file) => ['--require', require.resolve(file)]);
  cluster.setupPrimary({ exec: nextBin, args, execArgv: preloads });
  const workerEnv = nextEnvironment(process.env, env);
  let stopping = false;
  let result = 0;
  const serving = new WeakSet<Worker>();
  const fork = () => {
    const worker = cluster.fork(workerEnv);
    worker.on('listening', () => serving.add(worker));
  };
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  return new Promise((resolve) => {
    cluster.on('exit', (worker, code, signal) => {
      if (!stopping && serving.has(worker)) {
        console.error(`Next.js worker ${worker.process.pid} berhenti (${signal ?? code}); diganti.`);
        fork();
        return;
      }
      if (!stopping) {
        result = code || 1;
        stopAll('SIGTERM');
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.off('SIGINT', stopAll);
        process.off('SIGTERM', stopAll);
        resolve(result);
      }
    });
    for (let i = 0; i < count; i++) fork();
  });
}

/**
 * The launcher's warning for a Node older than 24, or null. npm scripts run on the Node 24 that npm
 * installs with the project (README); a launcher started some other way may be on an older one,
 * which works, but each page costs the server a fifth to a third more CPU (README's figures).
 */
export function oldNodeWarning(version: string): string | null {
  if (Number(version.split('.')[0]) >= 24) return null;
  return `Peringatan: berjalan di Node.js ${version}, bukan Node.js 24 yang dipasang bersama proyek (node_modules/.bin/node); server tetap berjalan, tetapi tiap halaman memakai CPU seperlima sampai sepertiga lebih banyak.`;
}

/** Prints one line instead of a stack trace, stops an embedded Postgres, and exits. */
export async function runLauncher(main: (cleanup: (db: ResolvedDatabase) => void) => Promise<number>): Promise<void> {
  const warning = oldNodeWarning(process.versions.node);
  if (warning) console.warn(warning);
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
