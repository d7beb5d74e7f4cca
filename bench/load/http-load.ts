// A small closed-loop load generator (the autocannon model): `concurrency` virtual users, each
// sending its next request as soon as the previous answer is read, over keep-alive connections,
// for a fixed time. Plain node:http so it needs nothing beyond npm and stays cheap on the CPU the
// server shares with it.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  errors: number;
  /** First few distinct error descriptions (status or exception), for the report. */
  errorKinds: string[];
  seconds: number;
  /** Milliseconds, sorted ascending. */
  latencies: number[];
  bytes: number;
}

export interface LoadOptions {
  /** One URL, or a function giving virtual user `user` its next one. */
  url: string | ((user: number) => string);
  /** The same headers for every virtual user, or each one's own (a signed-in person's cookie). */
  headers: Record<string, string> | ((user: number) => Record<string, string>);
  concurrency: number;
  seconds: number;
}

function get(agent: http.Agent, url: URL, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout 30 s')));
  });
}

async function measured(
  request: () => Promise<{ status: number; bytes: number }>,
  tally: { errors: number; bytes: number; errorKinds: Set<string> },
): Promise<void> {
  try {
    const res = await request();
    tally.bytes += res.bytes;
    if (res.status !== 200) {
      tally.errors++;
      tally.errorKinds.add(`HTTP ${res.status}`);
    }
  } catch (error) {
    tally.errors++;
    tally.errorKinds.add(error instanceof Error ? error.message : String(error));
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const nextUrl = typeof options.url === 'string' ? () => options.url as string : options.url;
  const headersOf = typeof options.headers === 'function' ? options.headers : () => options.headers as Record<string, string>;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const tally = { errors: 0, bytes: 0, errorKinds: new Set<string>() };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const user = async (_: unknown, index: number) => {
    const headers = headersOf(index);
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await measured(() => get(agent, new URL(nextUrl(index)), headers), tally);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, user));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors: tally.errors, errorKinds: [...tally.errorKinds].slice(0, 3), seconds, latencies, bytes: tally.bytes };
}

export interface OpenLoadOptions extends Omit<LoadOptions, 'concurrency'> {
  /** People, each on their own keep-alive connection, one request at a time. */
  users: number;
  /** Requests per second offered by all of them together. */
  rate: number;
}

export interface OpenLoadResult extends LoadResult {
  /** Requests whose time had come when the run ended but that were never sent: the backlog of a
   *  server slower than the offered rate. */
  unsent: number;
}

/**
 * The open model (wrk2, k6's constant arrival rate): `users` people each ask for a page every
 * users/rate seconds, whether or not the server kept up. A closed loop of N users with no pause
 * measures throughput only (its mean latency is N / throughput by Little's law, so 50 users at 150
 * req/s wait 333 ms on average however fast each page is); this measures how long a page takes at a
 * given load. Latency runs from when a request was due, not when it was sent, so a person stuck
 * behind a slow answer counts the wait (no coordinated omission).
 */
export async function runOpenLoad(options: OpenLoadOptions): Promise<OpenLoadResult> {
  const nextUrl = typeof options.url === 'string' ? () => options.url as string : options.url;
  const headersOf = typeof options.headers === 'function' ? options.headers : () => options.headers as Record<string, string>;
  const interval = (options.users / options.rate) * 1000;
  const latencies: number[] = [];
  const tally = { errors: 0, bytes: 0, errorKinds: new Set<string>() };
  let unsent = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const user = async (_: unknown, index: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const headers = headersOf(index);
    // Spread evenly: person i's first request is due i/rate seconds in.
    let due = started + (index * 1000) / options.rate;
    for (; due < deadline; due += interval) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (performance.now() >= deadline) break;
      await measured(() => get(agent, new URL(nextUrl(index)), headers), tally);
      latencies.push(performance.now() - due);
    }
    for (; due < deadline; due += interval) unsent++;
    agent.destroy();
  };
  await Promise.all(Array.from({ length: options.users }, user));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors: tally.errors, errorKinds: [...tally.errorKinds].slice(0, 3), seconds, latencies, bytes: tally.bytes, unsent };
}

/**
 * Every user asks for each of their own URLs once, in order, one at a time, all users at once: a
 * pass over everything a point will visit, so the point measures the pages and not a cold cache.
 */
export async function runEach(options: { users: number; urls: (user: number) => string[]; headers: LoadOptions['headers'] }): Promise<LoadResult> {
  const headersOf = typeof options.headers === 'function' ? options.headers : () => options.headers as Record<string, string>;
  const latencies: number[] = [];
  const tally = { errors: 0, bytes: 0, errorKinds: new Set<string>() };
  const started = performance.now();
  const user = async (_: unknown, index: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const headers = headersOf(index);
    for (const url of options.urls(index)) {
      const t0 = performance.now();
      await measured(() => get(agent, new URL(url), headers), tally);
      latencies.push(performance.now() - t0);
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: options.users }, user));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors: tally.errors, errorKinds: [...tally.errorKinds].slice(0, 3), seconds, latencies, bytes: tally.bytes };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
