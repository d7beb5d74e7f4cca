// A pool's tasks module (./tasks.ts for untrusted files, or another pool's) and the project
// modules it imports, built by esbuild into one plain ES module, packages left external (Node
// loads them from node_modules as they are). A worker that loads it starts in well under a
// second; one that compiles the same forty TypeScript modules through tsx took 15-45 s on a
// loaded machine, and every replacement of a worker killed at its time budget paid that again
// while genuine files waited.
import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The untrusted-file pool's tasks; another pool names its own module (relative to the root). */
export const UNTRUSTED_TASKS_ENTRY = 'lib/untrusted/tasks.ts';

/** Builds the bundle of a tasks module (once per content: the file name is its hash) and returns its path. */
export async function buildTasksBundle(root, entry = UNTRUSTED_TASKS_ENTRY) {
  const { build, stop } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  }).finally(() => stop());
  const code = result.outputFiles[0].contents;
  // Inside node_modules, so the external packages resolve from the bundle as from the sources.
  const dir = path.join(root, 'node_modules', '.cache', 'untrusted-worker');
  const file = path.join(dir, `tasks-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  try {
    await access(file);
  } catch {
    await mkdir(dir, { recursive: true });
    // Written aside and renamed: workers of several processes may build the same bundle at once.
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}
