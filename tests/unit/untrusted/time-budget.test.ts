import { readlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetCheck, threadCpuMs, WALL_CAP_FACTOR } from '@/lib/untrusted/time-budget';

describe('a task budget in CPU time', () => {
  it('stops a task that used its CPU budget, whatever the wall clock says', () => {
    expect(budgetCheck({ budgetMs: 3000, cpuUsedMs: 3000, wallMs: 3000 })).toBe('stop');
    expect(budgetCheck({ budgetMs: 3000, cpuUsedMs: 3200, wallMs: 3001 })).toBe('stop');
  });

  it('lets a starved task (little CPU, much waiting) go on for what is left of its budget', () => {
    expect(budgetCheck({ budgetMs: 3000, cpuUsedMs: 400, wallMs: 3000 })).toBe(2600);
    expect(budgetCheck({ budgetMs: 3000, cpuUsedMs: 2990, wallMs: 9000 })).toBe(50);
  });

  it('stops a starved task at the wall-clock cap, and never waits past it', () => {
    expect(budgetCheck({ budgetMs: 3000, cpuUsedMs: 100, wallMs: 3000 * WALL_CAP_FACTOR })).toBe('stop');
    expect(budgetCheck({ budgetMs: 3000, cpuUsedMs: 100, wallMs: 3000 * WALL_CAP_FACTOR - 500 })).toBe(500);
  });

  it('falls back to wall time where the thread CPU time is unknown', () => {
    expect(budgetCheck({ budgetMs: 3000, cpuUsedMs: null, wallMs: 3000 })).toBe('stop');
    expect(threadCpuMs(null)).toBeNull();
    expect(threadCpuMs(2 ** 30)).toBeNull();
  });

  it('reads a thread CPU time that grows while the thread works', () => {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    const before = threadCpuMs(tid)!;
    // Work until the thread has used 20 ms, as read from /proc: on a loaded machine 30 ms of wall
    // time gave the thread less than 20 ms of CPU. The wall cap makes a reading that never grows fail.
    const start = performance.now();
    let after = before;
    while (after - before < 20 && performance.now() - start < 5000) {
      const until = performance.now() + 5;
      while (performance.now() < until);
      after = threadCpuMs(tid)!;
    }
    expect(after - before).toBeGreaterThanOrEqual(20);
    expect(after - before).toBeLessThan(performance.now() - start + 20);
  });
});
