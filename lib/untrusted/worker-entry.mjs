// The worker thread of ./worker-pool.ts. Plain JavaScript so that Node runs it as it is under
// vitest, tsx and `next start`; tsx compiles the task modules (TypeScript, "@/" paths) on import.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

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
