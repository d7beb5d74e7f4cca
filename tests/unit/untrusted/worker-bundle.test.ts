// The untrusted-file tasks as one prebuilt JavaScript module: built by esbuild from ./tasks.ts with
// packages left external, named by its content, and what a worker started with it loads and runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without declarations (it runs in the worker, outside Next's bundle).
import { buildTasksBundle } from '@/lib/untrusted/worker-bundle.mjs';

const root = process.cwd();

describe('the untrusted task bundle', () => {
  it('is one module of the project code, packages external, named by its content', async () => {
    const file: string = await buildTasksBundle(root);
    expect(path.dirname(file)).toBe(path.join(root, 'node_modules', '.cache', 'untrusted-worker'));
    expect(path.basename(file)).toMatch(/^tasks-[0-9a-f]{16}\.mjs$/);
    expect(await buildTasksBundle(root)).toBe(file);
    const code = await readFile(file, 'utf8');
    expect(code).toMatch(/from "pkijs"/);
    expect(code).not.toMatch(/from "@\//);
    const { tasks } = await import(pathToFileURL(file).href);
    expect(Object.keys(tasks).sort()).toEqual(['inspectPdf', 'readForm', 'scanToPdf', 'verifyPdf']);
  }, 60_000);

  it('starts a worker that runs a task from the bundle it was given', async () => {
    const bundle: string = await buildTasksBundle(root);
    const worker = new Worker(path.join(root, 'lib/untrusted/worker-entry.mjs'), { workerData: { root, bundle } });
    try {
      const ready = await new Promise<{ ready: boolean; bundle: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(ready).toEqual({ ready: true, bundle, tid: expect.any(Number) });
      const reply = await new Promise<{ ok: boolean; output: { sound: boolean; defect?: string } }>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage({ task: 'inspectPdf', input: new TextEncoder().encode('bukan PDF') });
      });
      expect(reply).toMatchObject({ ok: true, output: { sound: false, defect: 'not-pdf' } });
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
