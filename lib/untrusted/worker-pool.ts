// Work on untrusted files (uploaded PDFs) runs here, in a small pool of worker threads, never on
// the request's event loop: each task has a time budget and each worker a memory cap. A worker that
// overruns either is terminated and replaced, and the caller gets an UntrustedTaskError it can turn
// into a clear answer. Tasks are named in ./tasks.ts; the pool's first worker builds them into one
// JavaScript bundle (esbuild), and every later worker, a replacement above all, loads that bundle
// and is ready in well under a second. The same code runs under vitest, tsx scripts and `next
// start` (the entry is a plain .mjs file read from disk, outside Next's bundle).
// Other long work on the server's own data (a report of thousands of rows as PDF or XLSX) runs in
// a pool of its own made with definePool: its own tasks module, size, budgets and messages, so it
// never queues behind hostile files nor they behind it.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { tasks as untrustedTasks } from './tasks';
import { budgetCheck, threadCpuMs } from './time-budget';

type Tasks = Record<string, (input: never) => unknown>;
export type UntrustedTaskName = keyof typeof untrustedTasks;
export type UntrustedTaskInput<K extends UntrustedTaskName> = Parameters<(typeof untrustedTasks)[K]>[0];
export type UntrustedTaskOutput<K extends UntrustedTaskName> = Awaited<ReturnType<(typeof untrustedTasks)[K]>>;

export type UntrustedFailure = 'TIMEOUT' | 'MEMORY' | 'BUSY' | 'CRASHED';

export class UntrustedTaskError extends Error {
  constructor(
    readonly failure: UntrustedFailure,
    message: string,
  ) {
    super(message);
    this.name = 'UntrustedTaskError';
  }
}

export interface UntrustedTaskOptions {
  /** Budget of the task in its worker's CPU time (wall time up to WALL_CAP_FACTOR times it), from the moment a ready worker receives it. */
  timeoutMs?: number;
  /** Buffers of the input handed to the worker instead of copied (unusable here afterwards). */
  transfer?: ArrayBuffer[];
}

const DEFAULT_TIMEOUT_MS = 3_000;
/**
 * Tasks waiting per worker; beyond this the pool answers "busy" at once (HTTP 429 with Retry-After
 * at the edge) instead of making a person wait behind minutes of hostile files. 32: a mail room
 * registering two dozen scans at once must not be refused (each waiting file is at most 20 MB).
 */
const QUEUED_PER_WORKER = Number(process.env.UNTRUSTED_QUEUE_PER_WORKER) || 32;
/** How long a caller refused as "busy" is told to wait before trying again. */
export const BUSY_RETRY_AFTER_SECONDS = 5;
/**
 * One core stays with the app: the workers run at the lowest priority, but on a small machine
 * a second busy worker still costs the event loop its share of the caches and memory bandwidth.
 */
const DEFAULT_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

/** What a pool's failures say to the person waiting (Indonesian, ends with a full stop). */
export interface PoolMessages {
  busy: string;
  timeout: (seconds: number) => string;
  memory: string;
  crashed: string;
}

export interface PoolSpec {
  /** The tasks module, from the project root: exports `tasks` and `prepareWorker`. */
  entry: string;
  size: number;
  memoryMb: number;
  timeoutMs: number;
  queuePerWorker: number;
  messages: PoolMessages;
  /** How long a new worker may take to load its tasks before it counts as a failed start (default START_TIMEOUT_MS). */
  startTimeoutMs?: number;
}

/**
 * A worker that has not loaded its tasks in this time is stopped as a failed start. The first
 * worker of a process builds the task bundle (a few seconds; tens without esbuild, through tsx).
 */
const START_TIMEOUT_MS = 60_000;
/**
 * Workers in a row that die (or hang) before they are ready, after which the work waiting for them is
 * refused instead of a new worker started: a worker that cannot start (its tasks module broken, a
 * heap cap too small to load it) was started again for as long as work waited, and the person
 * waiting never got an answer.
 */
const START_ATTEMPTS = 3;

/** A whole number above zero from the environment, else the fallback. */
export const envCount = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback);

function untrustedSpec(env: NodeJS.ProcessEnv = process.env): PoolSpec {
  return {
    entry: 'lib/untrusted/tasks.ts',
    size: envCount(env.UNTRUSTED_WORKERS, DEFAULT_WORKERS),
    memoryMb: envCount(env.UNTRUSTED_WORKER_MEMORY_MB, 256),
    timeoutMs: envCount(env.UNTRUSTED_TASK_TIMEOUT_MS, DEFAULT_TIMEOUT_MS),
    queuePerWorker: QUEUED_PER_WORKER,
    messages: {
      busy: 'Server sedang sibuk memeriksa berkas lain. Coba lagi beberapa saat lagi.',
      timeout: (seconds) => `Pemeriksaan berkas melebihi batas waktu ${seconds} detik.`,
      memory: 'Pemeriksaan berkas melebihi batas memori.',
      crashed: 'Pemeriksaan berkas gagal di tengah jalan.',
    },
  };
}

/**
 * The project root and the worker's entry file, read from disk at run time. Kept out of the
 * `new Worker(...)` expression: there Turbopack would follow the path and trace the whole project.
 */
function workerPaths() {
  return { root: process.cwd(), entry: path.join(process.cwd(), 'lib/untrusted/worker-entry.mjs') };
}

interface Job {
  task: string;
  input: unknown;
  timeoutMs: number;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Stops a worker that does not get ready in time (cleared when it is). */
  startTimer: NodeJS.Timeout | null;
  /** The worker thread's Linux thread id, for its CPU time; null elsewhere. */
  tid: number | null;
}

type Reply = { ready: true; bundle: string | null; tid: number | null } | { ok: true; output: unknown } | { ok: false; message: string };

class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly paths = workerPaths();
  readonly defaultTimeoutMs: number;
  /** The task bundle a worker built, handed to every worker started after it. */
  private bundle: string | null = null;
  /** Workers in a row that died before they were ready (START_ATTEMPTS). */
  private failedStarts = 0;

  constructor(private readonly spec: PoolSpec) {
    this.defaultTimeoutMs = spec.timeoutMs;
  }

  run(job: Job): void {
    if (this.queue.length >= this.spec.queuePerWorker * this.spec.size) {
      job.reject(new UntrustedTaskError('BUSY', this.spec.messages.busy));
      return;
    }
    this.queue.push(job);
    const free = this.slots.filter((s) => !s.job).length;
    if (this.queue.length > free && this.slots.length < this.spec.size) this.spawn();
    this.dispatch();
  }

  private spawn(): void {
    const worker = new Worker(this.paths.entry, {
      workerData: { root: this.paths.root, bundle: this.bundle, entry: this.spec.entry },
      resourceLimits: { maxOldGenerationSizeMb: this.spec.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null, startTimer: null, tid: null };
    this.slots.push(slot);
    worker.unref();
    slot.startTimer = setTimeout(() => this.replace(slot, new UntrustedTaskError('CRASHED', this.spec.messages.crashed)), this.spec.startTimeoutMs ?? START_TIMEOUT_MS);
    slot.startTimer.unref();
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        this.bundle ??= reply.bundle;
        slot.tid = reply.tid ?? null;
        slot.ready = true;
        this.failedStarts = 0;
        if (slot.startTimer) clearTimeout(slot.startTimer);
        this.dispatch();
        return;
      }
      const job = this.finish(slot);
      if (!job) return;
      if (reply.ok) job.resolve(reply.output);
      else job.reject(new Error(reply.message));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(slot, memory ? new UntrustedTaskError('MEMORY', this.spec.messages.memory) : new UntrustedTaskError('CRASHED', this.spec.messages.crashed));
    });
    worker.on('exit', () => this.replace(slot, new UntrustedTaskError('CRASHED', this.spec.messages.crashed)));
  }

  private finish(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    return job;
  }

  /**
   * Drops a worker that failed or overran, fails its task, and starts a fresh one at once: the
   * next file (a genuine one, as a rule) finds it loaded instead of waiting for it to start. One
   * that died (or hung) while starting is replaced only when work waits, and START_ATTEMPTS times in
   * a row at most, so a broken start cannot spin nor leave a request waiting for ever.
   */
  private replace(slot: Slot, error: UntrustedTaskError): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    this.finish(slot)?.reject(error);
    if (slot.startTimer) clearTimeout(slot.startTimer);
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    if (!slot.ready && ++this.failedStarts >= START_ATTEMPTS) {
      // Nothing could start: the waiting work is refused (the next task tries again), unless a
      // worker that did start can still take it.
      this.failedStarts = 0;
      if (!this.slots.some((s) => s.ready)) for (const job of this.queue.splice(0)) job.reject(error);
      return;
    }
    if (slot.ready || this.queue.length > this.slots.filter((s) => !s.job).length) {
      this.spawn();
      this.dispatch();
    }
  }

  /** Stops the task once its worker thread has used its budget of CPU time (./time-budget.ts). */
  private watchBudget(slot: Slot, job: Job): void {
    const startedAt = Date.now();
    const cpuAtStart = threadCpuMs(slot.tid);
    const check = () => {
      const now = threadCpuMs(slot.tid);
      const next = budgetCheck({ budgetMs: job.timeoutMs, cpuUsedMs: now === null || cpuAtStart === null ? null : now - cpuAtStart, wallMs: Date.now() - startedAt });
      if (next === 'stop') this.replace(slot, new UntrustedTaskError('TIMEOUT', this.spec.messages.timeout(job.timeoutMs / 1000)));
      else slot.timer = setTimeout(check, next);
    };
    slot.timer = setTimeout(check, job.timeoutMs);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || !this.queue.length) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      this.watchBudget(slot, job);
      slot.worker.ref();
      slot.worker.postMessage({ task: job.task, input: job.input }, job.transfer);
    }
    // An idle worker does not keep the process alive; one still starting while work waits does
    // (a script that awaits a task would otherwise exit before the worker is ready).
    for (const slot of this.slots) {
      if (slot.job || (!slot.ready && this.queue.length)) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}

const pools = globalThis as unknown as { workerPools?: Map<string, WorkerPool> };

/**
 * A typed runner for the pool named `name` (one per process, made on first use): `run(task,
 * input)` runs a task of its tasks module off the event loop. Inputs and outputs cross by
 * structured clone.
 */
export function definePool<T extends Tasks>(name: string, spec: () => PoolSpec) {
  return function run<K extends keyof T & string>(task: K, input: Parameters<T[K]>[0], options: UntrustedTaskOptions = {}): Promise<Awaited<ReturnType<T[K]>>> {
    pools.workerPools ??= new Map();
    let pool = pools.workerPools.get(name);
    if (!pool) {
      pool = new WorkerPool(spec());
      pools.workerPools.set(name, pool);
    }
    const chosen = pool;
    return new Promise((resolve, reject) => {
      chosen.run({ task, input, timeoutMs: options.timeoutMs ?? chosen.defaultTimeoutMs, transfer: options.transfer ?? [], resolve: resolve as (value: unknown) => void, reject });
    });
  };
}

/** Runs a named task from ./tasks.ts in the untrusted-file pool. */
export const runUntrusted = definePool<typeof untrustedTasks>('untrusted', untrustedSpec);
