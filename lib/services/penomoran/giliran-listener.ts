// One LISTEN connection per process for released turns, shared by every waiter of the process, so
// a waiting signing holds no pooled connection. If it cannot connect, waiters still poll.
import pg from 'pg';
import { GILIRAN_CHANNEL } from './giliran-penomoran';

type Wake = () => void;

const waiters = new Map<string, Set<Wake>>();
let client: pg.Client | null = null;
let connecting: Promise<void> | null = null;

function wakeAll(key: string): void {
  for (const wake of waiters.get(key) ?? []) wake();
}

function connect(): Promise<void> {
  if (client || connecting || !process.env.DATABASE_URL) return connecting ?? Promise.resolve();
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  connecting = c
    .connect()
    .then(() => c.query(`LISTEN ${GILIRAN_CHANNEL}`))
    .then(() => {
      client = c;
      c.on('notification', (message) => {
        if (message.channel === GILIRAN_CHANNEL && message.payload) wakeAll(message.payload);
      });
      c.on('error', () => {
        // The connection dropped: forget it; the next waiter reconnects and polling covers the gap.
        client = null;
        c.end().catch(() => undefined);
      });
      // The listener must not keep a script (or a test run) alive on its own.
      (c as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    })
    .catch(() => {
      c.end().catch(() => undefined);
    })
    .finally(() => {
      connecting = null;
    });
  return connecting;
}

/** Resolves when the turn of `key` is released (by any process) or after `ms`, whichever is first. */
export async function waitForRelease(key: string, ms: number): Promise<void> {
  await connect();
  await new Promise<void>((resolve) => {
    const set = waiters.get(key) ?? new Set<Wake>();
    waiters.set(key, set);
    const done = () => {
      clearTimeout(timer);
      set.delete(done);
      if (!set.size) waiters.delete(key);
      resolve();
    };
    const timer = setTimeout(done, ms);
    set.add(done);
  });
}

/** Closes the listener (scripts and tests that end their process cleanly). */
export async function closeGiliranListener(): Promise<void> {
  const c = client;
  client = null;
  await c?.end().catch(() => undefined);
}
