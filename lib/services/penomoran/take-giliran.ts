import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NomorUrutKey } from './increment-nomor-urut';
import { claimGiliran, giliranKey, giliranLeaseMs, lockGiliranIfHeld, releaseGiliran, renewGiliran } from './giliran-penomoran';
import { waitForRelease } from './giliran-listener';

/** The turn of one sequence, held by this process until end(). */
export interface Giliran {
  readonly key: NomorUrutKey;
  readonly token: string;
  /** In the final transaction: locks the turn row, or throws GiliranHilangError if it was lost. */
  assertHeld(tx: Prisma.TransactionClient): Promise<void>;
  /** Frees the turn inside the final transaction, so the release commits with the number. */
  releaseIn(tx: Prisma.TransactionClient): Promise<void>;
  /** Stops renewing and frees the turn if still held. Always call it (finally). */
  end(): Promise<void>;
}

/** Waited longer than allowed for the sequence's turn. */
export class GiliranPenuhError extends Error {
  constructor() {
    super('giliran penomoran tidak didapat dalam batas waktu');
    this.name = 'GiliranPenuhError';
  }
}

/** The turn expired and someone else took it: this holder must not commit. */
export class GiliranHilangError extends Error {
  constructor() {
    super('giliran penomoran hilang sebelum penyimpanan');
    this.name = 'GiliranHilangError';
  }
}

/** Waiters of this process, per sequence, in arrival order: only the head asks the database. */
const localTails = new Map<string, Promise<void>>();

async function localSlot(key: string, deadline: number): Promise<() => void> {
  const previous = localTails.get(key) ?? Promise.resolve();
  let free!: () => void;
  const mine = new Promise<void>((resolve) => (free = resolve));
  const tail = previous.then(() => mine);
  localTails.set(key, tail);
  const release = () => {
    free();
    if (localTails.get(key) === tail) localTails.delete(key);
  };
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    previous.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), Math.max(0, deadline - Date.now())))),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    // Keep the queue intact: pass our place on as soon as the ones before us are done.
    void previous.then(release);
    throw new GiliranPenuhError();
  }
  return release;
}

const POLL_MIN_MS = 50;
const POLL_MAX_MS = 2_000;

/**
 * Waits for the turn of a numbering sequence without holding a database connection: in-process
 * waiters queue in memory, the head claims the turn row in one short statement, and between tries
 * it sleeps until a release is notified (LISTEN on one shared connection) or a backoff elapses.
 * The turn is renewed while held; if this process dies it expires after GILIRAN_LEASE_MS.
 */
export async function takeGiliran(key: NomorUrutKey, naskahId: string, maxWaitMs = Number(process.env.GILIRAN_WAIT_MS ?? 300_000)): Promise<Giliran> {
  const name = giliranKey(key);
  const deadline = Date.now() + maxWaitMs;
  const releaseSlot = await localSlot(name, deadline);
  const token = randomUUID();
  try {
    let pause = POLL_MIN_MS;
    while (!(await claimGiliran(prisma, key, token, naskahId))) {
      if (Date.now() >= deadline) throw new GiliranPenuhError();
      await waitForRelease(name, Math.min(pause, Math.max(1, deadline - Date.now())));
      pause = Math.min(POLL_MAX_MS, pause * 2);
    }
  } catch (error) {
    releaseSlot();
    throw error;
  }

  const heartbeat = setInterval(() => void renewGiliran(prisma, key, token).catch(() => undefined), Math.max(200, giliranLeaseMs() / 3));
  heartbeat.unref();
  let ended = false;
  return {
    key,
    token,
    async assertHeld(tx) {
      if (!(await lockGiliranIfHeld(tx, key, token))) throw new GiliranHilangError();
    },
    releaseIn: (tx) => releaseGiliran(tx, key, token),
    async end() {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      try {
        await releaseGiliran(prisma, key, token);
      } finally {
        releaseSlot();
      }
    },
  };
}
