// Clears what a killed run leaves in a data directory, so the next start is not blocked:
// - a postmaster.pid whose process is gone (or whose pid now belongs to another program);
// - a postmaster that outlived its launcher: SIGKILL, the OOM killer or a closed terminal stop
//   Node without stopping its child, which is then adopted by init and keeps the port and data.
// A postmaster whose launcher is still alive belongs to another run and is left alone.
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but owned by another user (the postgres user when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function procText(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** The parent pid from /proc/<pid>/stat (field 4, after the parenthesised command name). */
function parentPid(pid: number): number | null {
  const stat = procText(pid, 'stat');
  return stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : null;
}

/** Still started by a live Node process (our launcher's kind), rather than adopted by init. */
function hasLiveLauncher(pid: number): boolean {
  const ppid = parentPid(pid);
  if (ppid === null) return true; // no /proc: cannot tell, so assume it is in use
  if (ppid <= 1) return false;
  try {
    return readlinkSync(`/proc/${ppid}/exe`) === process.execPath;
  } catch {
    return true;
  }
}

function isPostmasterOf(pid: number, dataDir: string): boolean {
  const cmdline = procText(pid, 'cmdline');
  if (cmdline === null) return true; // no /proc: trust the pid file
  return cmdline.split('\0').some((arg) => path.basename(arg) === 'postgres') && cmdline.includes(dataDir);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    if (!isAlive(pid)) return true;
  }
  return false;
}

export async function clearStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostmasterOf(pid, dataDir)) {
    await rm(pidFile, { force: true });
    return;
  }
  if (hasLiveLauncher(pid)) {
    throw new Error(`PostgreSQL is already running on ${dataDir} (pid ${pid}) for another process: stop that run first, or give this one its own data directory and port.`);
  }
  // SIGINT is Postgres' "fast" shutdown: it disconnects clients and checkpoints.
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 30_000))) {
    throw new Error(`An orphaned PostgreSQL (pid ${pid}) on ${dataDir} did not stop within 30 s: stop it by hand (kill ${pid}).`);
  }
}
