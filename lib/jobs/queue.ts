// The one job queue of the app: graphile-worker on the app's own PostgreSQL. A job is added with
// graphile_worker.add_jobs() inside the caller's Prisma transaction, so it exists exactly when the
// change that asked for it committed (an outbox without a relay). A job key dedupes: adding the
// same key again replaces the waiting job instead of making a second one.
import { runMigrations } from 'graphile-worker';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskName } from './task-list';

export interface JobSpec {
  task: TaskName;
  payload: Record<string, unknown>;
  /** Unique per job that must exist once (e.g. kirim-notifikasi:<pengirimanId>). */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Graphile-worker's default is 25 attempts; with its exp(attempt) s backoff 12 spans about 3 days. */
const MAX_ATTEMPTS = 12;

/** Adds the jobs in one statement, in the transaction `tx` (a fan-out of 40 costs one round trip). */
export async function enqueueJobs(tx: Prisma.TransactionClient, jobs: readonly JobSpec[]): Promise<void> {
  if (jobs.length === 0) return;
  const specs = JSON.stringify(
    jobs.map((j) => ({ identifier: j.task, payload: j.payload, run_at: j.runAt?.toISOString() ?? null, max_attempts: j.maxAttempts ?? MAX_ATTEMPTS, job_key: j.jobKey ?? null })),
  );
  await tx.$queryRaw`
    SELECT count(*)::int AS n FROM graphile_worker.add_jobs(ARRAY(
      SELECT ROW(s->>'identifier', s->'payload', NULL, (s->>'run_at')::timestamptz, (s->>'max_attempts')::int, s->>'job_key', NULL, NULL)::graphile_worker.job_spec
      FROM json_array_elements(${specs}::json) AS s
    ))`;
}

/** Creates or updates graphile-worker's own schema (graphile_worker.*); idempotent, safe on every start. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString });
}
