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

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const nextUrl = typeof options.url === 'string' ? () => options.url as string : options.url;
  const headersOf = typeof options.headers === 'function' ? options.headers : () => options.headers as Record<string, string>;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const errorKinds = new Set<string>();
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const user = async (_: unknown, index: number) => {
    const headers = headersOf(index);
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const res = await get(agent, new URL(nextUrl(index)), headers);
        bytes += res.bytes;
        if (res.status !== 200) {
          errors++;
          errorKinds.add(`HTTP ${res.status}`);
        }
      } catch (error) {
        errors++;
        errorKinds.add(error instanceof Error ? error.message : String(error));
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, user));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, errorKinds: [...errorKinds].slice(0, 3), seconds, latencies, bytes };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
