// Runs the job queue in the launcher process (beside Next.js): the tasks of ./task-list, the
// crontab's sweeps. Several instances may run it; graphile-worker hands each job to one of them.
import { parseCrontab, run, type Runner } from 'graphile-worker';
import { CRONTAB, taskList } from './task-list';

export interface RunningQueue {
  stop(): Promise<void>;
}

export async function startJobRunner(connectionString: string, { concurrency = Number(process.env.JOB_CONCURRENCY ?? 2) } = {}): Promise<RunningQueue> {
  const runner: Runner = await run({
    connectionString,
    concurrency,
    taskList,
    parsedCronItems: parseCrontab(CRONTAB),
    // The launcher forwards Ctrl-C and SIGTERM to Next.js and stops us itself.
    noHandleSignals: true,
    pollInterval: 2000,
  });
  return { stop: () => runner.stop() };
}
