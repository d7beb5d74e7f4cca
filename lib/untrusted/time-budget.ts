// A task's time budget is counted in the CPU time of its worker thread, not in wall time: the
// workers run at a low priority, so on a saturated machine (an office at nine in the morning) a
// genuine naskah waited for the core past a 3-second wall clock and the public page said it could
// not be declared valid. A hostile file burns CPU and still meets the budget; one that somehow
// does not (or a system without per-thread CPU figures) meets the wall-clock cap.
import { readFileSync } from 'node:fs';

/** How many times the budget a starved task may take in wall time. */
export const WALL_CAP_FACTOR = 10;
/** The shortest wait before the budget is looked at again. */
const MIN_RECHECK_MS = 50;

/** CPU time (ms) the thread has used, from Linux's per-thread schedstat; null where there is none. */
export function threadCpuMs(tid: number | null): number | null {
  if (tid === null) return null;
  try {
    return Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * When the budget's timer fires: stop the task, or look again after the returned milliseconds
 * (what is left of its CPU budget), while it stays under the wall-clock cap.
 */
export function budgetCheck({ budgetMs, cpuUsedMs, wallMs }: { budgetMs: number; cpuUsedMs: number | null; wallMs: number }): 'stop' | number {
  if (cpuUsedMs === null || cpuUsedMs >= budgetMs) return 'stop';
  const wallLeft = budgetMs * WALL_CAP_FACTOR - wallMs;
  if (wallLeft <= 0) return 'stop';
  return Math.min(wallLeft, Math.max(MIN_RECHECK_MS, budgetMs - cpuUsedMs));
}
