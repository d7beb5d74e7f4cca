// The worker thread of ./worker-pool.ts. Plain JavaScript so that Node runs it as it is under
// vitest, tsx and `next start`; tsx compiles the task modules (TypeScript, "@/" paths) on import.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { untrustedTasks } = await import('./tasks.ts');

// Hostile work must not take CPU from the app's requests: on Linux a thread's nice value is its
// own (set by its thread id), so this thread, and the poppler processes it starts, which inherit
// it, yield to the event loop. Lowered after the modules load, so a new worker starts at full
// speed. Not the lowest (19) by default: there a busy neighbour in the same process group starves
// even a genuine naskah past its time budget. Elsewhere than Linux the pool runs unchanged.
const nice = /^\d+$/.test(process.env.UNTRUSTED_WORKER_NICE ?? '') ? Math.min(19, Number(process.env.UNTRUSTED_WORKER_NICE)) : 10;
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), nice);
} catch {
  // No /proc (not Linux): nothing to lower.
}

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
