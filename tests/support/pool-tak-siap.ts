// A worker-pool tasks module whose worker never gets ready: its preparation never ends, and a timer
// keeps the thread alive (with nothing pending, Node ends a thread stuck on a top-level await). What
// a start that hangs looks like to the pool (tests/unit/untrusted/worker-pool-start.test.ts).
export const tasks = { halo: () => 'halo' };
export const prepareWorker = () =>
  new Promise<never>(() => {
    setInterval(() => {}, 60_000);
  });
