// CPU time and memory of a process and all its descendants, from /proc (Linux): the server under
// test is a launcher with Next.js workers below it, and what it costs is the sum over all of them.
// CPU time is what a loaded shared machine distorts least, so it is reported per request.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

interface Stat {
  pid: number;
  ppid: number;
  cpuMs: number;
  rssBytes: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      ppid: Number(fields[1]),
      // utime + stime, plus cutime + cstime: the CPU of children that exited (a database backend
      // whose connection closed), so a tree's sum never drops when one of its processes ends.
      cpuMs: ((Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND,
      rssBytes: Number(fields[21]) * PAGE_BYTES,
    };
  } catch {
    return null;
  }
}

function allStats(): Stat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((s): s is Stat => s !== null);
}

/** The pids of `root` and everything below it, minus the subtrees of `exclude`. */
function subtree(stats: Stat[], root: number, exclude: number[], withRoot: boolean): Stat[] {
  const children = new Map<number, Stat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out: Stat[] = [];
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      if (exclude.includes(c.pid)) continue;
      out.push(c);
      walk(c.pid);
    }
  };
  const self = stats.find((s) => s.pid === root);
  if (self && withRoot) out.push(self);
  walk(root);
  return out;
}

export interface TreeUsage {
  cpuMs: number;
  rssBytes: number;
  processes: number;
}

/**
 * CPU (user + system, ms, since each process started) and resident memory of a process tree, or of
 * its descendants only (`withRoot: false`: the bench's own database below the bench process).
 */
export function treeUsage(root: number, options: { exclude?: number[]; withRoot?: boolean } = {}): TreeUsage | null {
  if (process.platform !== 'linux') return null;
  const tree = subtree(allStats(), root, options.exclude ?? [], options.withRoot ?? true);
  return {
    cpuMs: tree.reduce((sum, s) => sum + s.cpuMs, 0),
    rssBytes: tree.reduce((sum, s) => sum + s.rssBytes, 0),
    processes: tree.length,
  };
}
