// The project brings its own Node (README, "Node.js 24 comes with the project"): npm scripts must run
// on it, not on the machine's Node 20, which is past its end of life and on which Next's per-request
// context costs the server about twice the CPU (bench:load).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { optionalDependencies?: Record<string, string> };

describe('the Node.js the scripts run on', () => {
  it('is the pinned Node of this platform, or at least Node 24 where none is pinned', () => {
    const pinned = pkg.optionalDependencies?.[`node-${process.platform}-${process.arch}`];
    if (pinned) expect(process.versions.node).toBe(pinned);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
