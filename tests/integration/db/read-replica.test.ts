// Read replicas (lib/db/replica.ts) against a real primary and a real streaming replica: a GET's
// reads go to the replica only once it is known to hold the person's own last write, never to one
// further behind than the limit, and a replica that pauses, goes down or is not a replica at all
// only sends reads back to the primary: nobody sees an error or a missing letter for it.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ReadRouter, lsnValue } from '@/lib/db/replica';
import { readRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { signalServer, startReplicaCluster, type ReplicaCluster } from '@/tests/support/replica-cluster';

const MAX_LAG_MS = 600;
const READ_TIMEOUT_MS = 800;
const run = promisify(execFile);

let cluster: ReplicaCluster;
let primary: pg.Pool;
const routers: ReadRouter[] = [];
const logged: string[] = [];

function router(replicaUrl = cluster.replica.url): ReadRouter {
  const r = new ReadRouter(primary, cluster.primary.url, [replicaUrl], { poolSize: 2, pollMs: 60_000, maxLagMs: MAX_LAG_MS, readTimeoutMs: READ_TIMEOUT_MS, log: (m) => logged.push(m) });
  routers.push(r);
  return r;
}

async function isReplica(pool: pg.Pool): Promise<boolean> {
  return (await pool.query<{ standby: boolean }>('SELECT pg_is_in_recovery() AS standby')).rows[0]!.standby;
}

async function replayed(): Promise<void> {
  // Waits until the replica has replayed what the primary holds now (the tests' own writes).
  const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
  const target = lsnValue(rows[0]!.lsn);
  const replica = new pg.Client({ connectionString: cluster.replica.url });
  await replica.connect();
  try {
    for (let i = 0; i < 200; i++) {
      const r = await replica.query<{ lsn: string }>('SELECT pg_last_wal_replay_lsn()::text AS lsn');
      if (lsnValue(r.rows[0]!.lsn) >= target) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the replica did not catch up');
  } finally {
    await replica.end();
  }
}

/** Runs `check` once the router has found the replica current and its replay is then paused (a replica falling behind); resumed afterwards. */
async function whileReplayPaused(reads: ReadRouter, check: (resume: () => Promise<void>) => Promise<void>): Promise<void> {
  const replica = new pg.Client({ connectionString: cluster.replica.url });
  await replica.connect();
  const resume = async () => void (await replica.query('SELECT pg_wal_replay_resume()'));
  try {
    await reads.poll();
    await replica.query('SELECT pg_wal_replay_pause()');
    await check(resume);
  } finally {
    await resume().catch(() => {});
    await replica.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const surat = (perihal: string) => Prisma.sql`SELECT perihal FROM surat WHERE perihal = ${perihal}`;

beforeAll(async () => {
  cluster = await startReplicaCluster(async (url) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('CREATE TABLE surat (id serial PRIMARY KEY, perihal text NOT NULL)');
    await c.end();
  });
  primary = new pg.Pool({ connectionString: cluster.primary.url, max: 2 });
  // pool.end() resolves before its sockets close: the servers' shutdown in afterAll may still reach one.
  primary.on('error', () => {});
}, 120_000);

afterAll(async () => {
  for (const r of routers) await r.end();
  await primary?.end();
  await cluster?.stop();
});

describe('read replicas', () => {
  it('a GET reads the replica once a poll finds it current, and the primary before that; a state-changing request always the primary', async () => {
    const reads = router();
    expect(reads.poolFor({ primary: false, since: 0 })).toBe(primary); // not polled yet: nothing is known of it
    await replayed();
    await reads.poll();
    const pool = reads.poolFor({ primary: false, since: 0 });
    expect(pool).not.toBe(primary);
    expect(await isReplica(pool)).toBe(true);
    expect(reads.poolFor({ primary: true })).toBe(primary);
  });

  it("after the person's own write, reads stay on the primary until a poll that began after it finds the replica holding it", async () => {
    const reads = router();
    await reads.poll();
    await primary.query("INSERT INTO surat (perihal) VALUES ('Undangan rapat koordinasi')");
    const wroteAt = Date.now();
    const freshness = { primary: false as const, since: wroteAt };
    expect(reads.poolFor(freshness)).toBe(primary);
    expect(await readRows(reads, primary, freshness, surat('Undangan rapat koordinasi'))).toHaveLength(1);
    await replayed();
    await sleep(300); // past the clock allowance between app processes
    await reads.poll();
    const pool = reads.poolFor(freshness);
    expect(await isReplica(pool)).toBe(true);
    expect((await pool.query("SELECT 1 FROM surat WHERE perihal = 'Undangan rapat koordinasi'")).rowCount).toBe(1);
  });

  it('a replica whose replay is paused is left once it is further behind than the limit, and taken again when it catches up', async () => {
    const reads = router();
    await whileReplayPaused(reads, async (resume) => {
      await primary.query("INSERT INTO surat (perihal) VALUES ('Nota dinas tertahan')");
      await reads.poll(); // behind the primary now: its time of being current stays where it was
      await sleep(MAX_LAG_MS + 100);
      await reads.poll();
      expect(reads.poolFor({ primary: false, since: 0 })).toBe(primary);
      expect(await readRows(reads, primary, { primary: false, since: 0 }, surat('Nota dinas tertahan'))).toHaveLength(1);
      await resume();
      await replayed();
      await reads.poll();
      expect(await isReplica(reads.poolFor({ primary: false, since: 0 }))).toBe(true);
    });
  });

  it("a replica's empty answer to a letter by its id is asked again of the primary when the read says so", async () => {
    const reads = router();
    await whileReplayPaused(reads, async () => {
      // Written by someone else (no write of the reader's own): the replica, within the limit, may answer.
      await primary.query("INSERT INTO surat (perihal) VALUES ('Surat yang baru diumumkan')");
      const freshness = { primary: false as const, since: 0 };
      expect(await isReplica(reads.poolFor(freshness))).toBe(true);
      expect(await readRows(reads, primary, freshness, surat('Surat yang baru diumumkan'))).toHaveLength(0);
      expect(await readRows(reads, primary, freshness, surat('Surat yang baru diumumkan'), { primaryIfNone: true })).toHaveLength(1);
    });
  });

  it('a server that is not a replica is never chosen, and the log says so once', async () => {
    logged.length = 0;
    const reads = router(cluster.primary.url);
    await reads.poll();
    await reads.poll();
    expect(reads.poolFor({ primary: false, since: 0 })).toBe(primary);
    expect(logged).toEqual([expect.stringMatching(/^\[replika\] 127\.0\.0\.1:\d+ bukan replika/)]);
  });

  it("a statement's own mistake fails as it would on the primary, and the replica stays in use", async () => {
    const reads = router();
    await replayed();
    await reads.poll();
    const freshness = { primary: false as const, since: 0 };
    expect(await isReplica(reads.poolFor(freshness))).toBe(true);
    await expect(readRows(reads, primary, freshness, Prisma.sql`SELECT 1 / ${0}::int AS hasil`)).rejects.toMatchObject({ code: '22012' });
    expect(await isReplica(reads.poolFor(freshness))).toBe(true);
  });

  it('a replica that stops answering (frozen, connections still accepted): the read in flight is answered by the primary after the read timeout, polls stop choosing it, and it is taken again once it answers', async () => {
    logged.length = 0;
    const reads = router();
    await primary.query("INSERT INTO surat (perihal) VALUES ('Surat saat replika membeku')");
    await replayed();
    await reads.poll();
    const freshness = { primary: false as const, since: 0 };
    expect(await isReplica(reads.poolFor(freshness))).toBe(true);
    signalServer(cluster.replica.pid, 'SIGSTOP');
    try {
      const started = Date.now();
      expect(await readRows(reads, primary, freshness, surat('Surat saat replika membeku'))).toEqual([{ perihal: 'Surat saat replika membeku' }]);
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(READ_TIMEOUT_MS - 50);
      expect(waited).toBeLessThan(READ_TIMEOUT_MS + 1_500);
      expect(reads.poolFor(freshness)).toBe(primary);
      await reads.poll(); // its probe times out: still the primary, and one log line
      expect(reads.poolFor(freshness)).toBe(primary);
      expect(logged).toEqual([expect.stringMatching(/^\[replika\] 127\.0\.0\.1:\d+ tidak dapat dihubungi .*bacaan dialihkan ke server utama\.$/)]);
    } finally {
      signalServer(cluster.replica.pid, 'SIGCONT');
    }
    await replayed();
    await reads.poll();
    expect(await isReplica(reads.poolFor(freshness))).toBe(true);
    expect(logged[1]).toMatch(/^\[replika\] 127\.0\.0\.1:\d+ dapat dipakai lagi\.$/);
  }, 30_000);

  it('a read the replica is too slow for is answered by the primary, and the replica stops running it soon after', async () => {
    const reads = router();
    await replayed();
    await reads.poll();
    const freshness = { primary: false as const, since: 0 };
    expect(await isReplica(reads.poolFor(freshness))).toBe(true);
    // Slow only where it is read on a replica: the primary answers at once.
    const marker = `lambat_${Date.now()}`;
    const slow = Prisma.sql`SELECT ${marker}::text AS penanda, CASE WHEN pg_is_in_recovery() THEN pg_sleep(30) END IS NULL AS selesai`;
    const started = Date.now();
    expect(await readRows(reads, primary, freshness, slow)).toEqual([{ penanda: marker, selesai: true }]);
    expect(Date.now() - started).toBeLessThan(READ_TIMEOUT_MS + 1_500);
    const watcher = new pg.Client({ connectionString: cluster.replica.url });
    await watcher.connect();
    try {
      const running = async () =>
        Number((await watcher.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND query LIKE '%pg_sleep(30)%'`)).rows[0]!.n);
      let left = await running();
      for (let i = 0; i < 40 && left > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        left = await running();
      }
      // Within the check interval and a margin, not the statement's 30 s.
      expect(left).toBe(0);
      expect(Date.now() - started).toBeLessThan(READ_TIMEOUT_MS + 5_000);
    } finally {
      await watcher.end();
    }
  }, 30_000);

  it('a replica that goes down: the read in flight is answered by the primary, polls stop choosing it, one log line', async () => {
    logged.length = 0;
    const reads = router();
    await reads.poll();
    await primary.query("INSERT INTO surat (perihal) VALUES ('Laporan akhir tahun')");
    await replayed();
    await reads.poll();
    expect(await isReplica(reads.poolFor({ primary: false, since: 0 }))).toBe(true);
    await cluster.replica.stop();
    // Chosen before the poll noticed: the read fails there and the primary answers it.
    expect(await readRows(reads, primary, { primary: false, since: 0 }, surat('Laporan akhir tahun'))).toEqual([{ perihal: 'Laporan akhir tahun' }]);
    expect(reads.poolFor({ primary: false, since: 0 })).toBe(primary);
    await reads.poll();
    await reads.poll();
    expect(reads.poolFor({ primary: false, since: 0 })).toBe(primary);
    expect(logged).toEqual([expect.stringMatching(/^\[replika\] 127\.0\.0\.1:\d+ tidak dapat dihubungi .*bacaan dialihkan ke server utama\.$/)]);
  });
});

describe('read replicas outside a request', () => {
  it("the launcher's job runner and signing recovery (tsx, react-server) read the primary: next/headers does not load there", async () => {
    const answer = await run(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.resolve(import.meta.dirname, 'support/read-outside-request.ts')], {
      env: { ...process.env, DATABASE_URL: cluster.primary.url, DATABASE_REPLICA_URL: cluster.replica.url },
      timeout: 60_000,
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: String(error.stdout ?? ''), stderr: String(error.stderr ?? '') }));
    expect(answer.stderr.slice(0, 500)).toBe('');
    expect(answer.stdout).toContain('hasil=[{"standby":false}]');
  });
});
