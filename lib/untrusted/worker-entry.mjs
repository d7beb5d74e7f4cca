// The worker thread of ./worker-pool.ts. Plain JavaScript so that Node runs it as it is under
// vitest, tsx and `next start`; tsx compiles the task modules (TypeScript, "@/" paths) on import.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// Hostile work must not take CPU from the app's requests: on Linux a thread's nice value is its
// own (set by its thread id), so this thread, and the poppler processes it starts, which inherit
// it, yield to the event loop. Elsewhere the pool runs at normal priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // No /proc (not Linux): nothing to lower.
}

register();
const { untrustedTasks } = await import('./tasks.ts');

parentPort.on('message', async ({ task, input }) => {
  try {
    const run = untrustedTasks[task];
    if (!run) throw new Error(`unknown task ${task}`);
    parentPort.postMessage({ ok: true, output: await run(input) });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
