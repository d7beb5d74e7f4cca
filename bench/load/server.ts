// The server under test: the project's own production launcher (`npm start`, scripts/serve.ts) on
// the bench database, as a child process whose tree (launcher and Next.js workers) is measured.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface RunningServer {
  pid: number;
  baseUrl: string;
  stop(): Promise<void>;
}

async function waitUntilServing(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before serving`);
    try {
      const res = await fetch(`${baseUrl}/masuk`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${baseUrl}/masuk within ${timeoutMs / 1000} s`);
}

/**
 * `profile`: instead of the launcher, one plain `next start` process under `node --cpu-prof`, its
 * profile written to that directory when it stops (Node refuses --cpu-prof in NODE_OPTIONS).
 */
export async function startServer(options: { port: number; databaseUrl: string; env?: Record<string, string>; profile?: string }): Promise<RunningServer> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build: run `npm run build` first (bench:load measures `npm start`).');
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const command = options.profile
    ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`, require.resolve('next/dist/bin/next'), 'start', '-p', String(options.port)]
    : [require.resolve('tsx/cli'), '--conditions=react-server', 'scripts/serve.ts'];
  const child = spawn(process.execPath, command, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(options.port),
      AUTH_URL: baseUrl,
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    await waitUntilServing(baseUrl, child, 180_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    pid: child.pid!,
    baseUrl,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
