// The worker thread of ./worker-pool.ts. Plain JavaScript so that Node runs it as it is under
// vitest, tsx and `next start`. It loads its pool's tasks module (exporting `tasks` and
// `prepareWorker`) from the bundle the pool names (built by the pool's first worker,
// ./worker-bundle.mjs); without esbuild it falls back to compiling the task modules (TypeScript,
// "@/" paths) through tsx, as slow as that is.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { buildTasksBundle, UNTRUSTED_TASKS_ENTRY } from './worker-bundle.mjs';

async function loadTasks({ root, bundle, entry = UNTRUSTED_TASKS_ENTRY }) {
  if (bundle) {
    try {
      return { tasks: await import(pathToFileURL(bundle).href), bundle };
    } catch {
      // Removed since (a cleaned cache): build it again below.
    }
  }
  try {
    const built = await buildTasksBundle(root, entry);
    return { tasks: await import(pathToFileURL(built).href), bundle: built };
  } catch (error) {
    console.error('untrusted worker: no task bundle, compiling through tsx', error);
    const { register } = await import('tsx/esm/api');
    register();
    return { tasks: await import(pathToFileURL(path.join(root, entry)).href), bundle: null };
  }
}

const loaded = await loadTasks(workerData ?? {});
const { tasks, prepareWorker } = loaded.tasks;
await prepareWorker();

// Hostile work (or a long report) must not take CPU from the app's requests: on Linux a thread's
// nice value is its own (set by its thread id), so this thread yields to the event loop. Lowered
// after the modules and the page renderer load, so a new worker starts at full speed. Not the
// lowest (19) by default: there a busy neighbour in the same process group starves even a genuine
// naskah past its time budget. Elsewhere than Linux the pool runs unchanged.
const nice = /^\d+$/.test(process.env.UNTRUSTED_WORKER_NICE ?? '') ? Math.min(19, Number(process.env.UNTRUSTED_WORKER_NICE)) : 10;
// The thread id also lets the pool count a task's budget in this thread's CPU time.
let tid = null;
try {
  tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  setPriority(tid, nice);
} catch {
  // No /proc (not Linux): nothing to lower, and the budget is wall time.
}

parentPort.on('message', async ({ task, input }) => {
  try {
    const run = tasks[task];
    if (!run) throw new Error(`unknown task ${task}`);
    parentPort.postMessage({ ok: true, output: await run(input) });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true, bundle: loaded.bundle, tid });
