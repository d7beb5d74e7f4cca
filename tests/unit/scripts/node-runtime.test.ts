// The project brings its own Node (README, "Node.js 24 comes with the project"): npm scripts must run
// on it, not on the machine's Node 20, which is past its end of life and on which a page costs the
// server a fifth to a third more CPU (README's figures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oldNodeWarning } from '@/scripts/lib/launch';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { optionalDependencies?: Record<string, string> };

describe('the Node.js the scripts run on', () => {
  it('is the pinned Node of this platform, or at least Node 24 where none is pinned', () => {
    const pinned = pkg.optionalDependencies?.[`node-${process.platform}-${process.arch}`];
    if (pinned) expect(process.versions.node).toBe(pinned);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});

describe('the launcher started on another Node', () => {
  it('warns in Indonesian below Node 24, naming the version, and stays quiet from 24 on', () => {
    expect(oldNodeWarning('20.20.2')).toMatch(/^Peringatan: berjalan di Node\.js 20\.20\.2, bukan Node\.js 24/);
    expect(oldNodeWarning('22.12.0')).toContain('Node.js 22.12.0');
    expect(oldNodeWarning('24.0.0')).toBeNull();
    expect(oldNodeWarning('26.1.0')).toBeNull();
  });
});
